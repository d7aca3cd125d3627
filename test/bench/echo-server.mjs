// A language server that does no work, for the latency bench's protocol floor: it
// answers every didOpen and didChange with the same publishDiagnostics, read from the
// JSON file named on its command line (the diagnostics Impact Lint's server sent).
// Typing into it measures what JSON-RPC over stdio costs for that payload alone.
import * as fs from 'node:fs';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const diagnostics = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const connection = createProtocolConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
const publish = ({ textDocument: { uri, version } }) => connection.sendNotification('textDocument/publishDiagnostics', { uri, version, diagnostics });
connection.onRequest('initialize', () => ({ capabilities: { textDocumentSync: 2 } }));
connection.onNotification('textDocument/didOpen', publish);
connection.onNotification('textDocument/didChange', publish);
connection.onRequest('shutdown', () => null);
connection.onNotification('exit', () => process.exit(0));
connection.listen();
