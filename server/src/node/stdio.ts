// The server's connection over --stdio: vscode-languageserver's, with a faster encoder of
// outgoing messages. The other transports (--node-ipc, which VS Code uses, --socket, --pipe)
// stay vscode-languageserver's own.
import { Writable } from 'node:stream';
import { format } from 'node:util';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type ContentTypeEncoderOptions,
  type Message,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** vscode-jsonrpc's FunctionContentTypeEncoder (not exported by name). */
interface FunctionContentTypeEncoder {
  readonly name: string;
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array>;
}

/**
 * The encoder of messages over stdio: JSON as vscode-jsonrpc encodes it (`Buffer.from(JSON.stringify(message),
 * charset)`), the same bytes, from JsonEncoder below.
 *
 * The buffer it returns is JsonEncoder's kept buffer, good until the next message is encoded.
 * That is safe in vscode-jsonrpc's stream writer: it encodes each message under a lock that it
 * holds until the stream has called back for the last message's bytes (test/stdio.test.mjs
 * checks this through a stream that holds each chunk and calls back later).
 */
export class StdioEncoder implements FunctionContentTypeEncoder {
  readonly name = 'application/json';
  readonly json = new JsonEncoder();

  /** Lets go of the kept buffer (the server is idle); the bytes it held, 0 when there was none. */
  release(): number {
    const size = this.json.size;
    this.json.release();
    return size;
  }

  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      // vscode-jsonrpc's charsets are 'utf-8' (the default) and 'ascii': any but UTF-8 its own way.
      return Promise.resolve(options.charset === 'utf-8' ? this.json.encode(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

/** Arrays shorter than this, and everything nested deeper than a publish's diagnostics, go through JSON.stringify whole. */
const PIECEWISE_LENGTH = 64;
const PIECEWISE_DEPTH = 2;
const FIRST_SIZE = 64 * 1024;

/**
 * JSON text into one buffer that grows as needed and is kept between messages: what
 * `encode` returns is good until it is called again.
 *
 * A publish of a thousand diagnostics is written piece by piece. JSON.stringify of the whole
 * message makes one string of it, which V8 allocates in its large-object space (two bytes a
 * character when any part of the text came from a document with a character past Latin-1) and
 * flattens when it is first read: fresh pages, which fault in slowly on this machine. Then
 * Buffer.from copies it into fresh memory again. For the 383 KB publish of the bench's
 * 2,000-line resume, timed inside the server: 1.1 ms JSON.stringify, 2.7 ms the first read of
 * its result (the flattening), 1.4-2.5 ms the buffer; written piece by piece into the kept
 * buffer, about 1.9 ms in all.
 */
export class JsonEncoder {
  private out: Buffer | undefined;
  private length = 0;

  /** The UTF-8 JSON text of `message`: the bytes of Buffer.from(JSON.stringify(message)). */
  encode(message: unknown): Buffer {
    if (!isLarge(message)) return Buffer.from(JSON.stringify(message), 'utf8');
    this.out ??= Buffer.allocUnsafeSlow(FIRST_SIZE);
    this.length = 0;
    this.write(message, '', 0);
    return this.out.subarray(0, this.length);
  }

  /** Gives the kept buffer back (the server is idle); the next large message makes a new one. */
  release(): void {
    this.out = undefined;
  }

  /** Bytes kept (for tests). */
  get size(): number {
    return this.out?.length ?? 0;
  }

  /**
   * `value` as JSON.stringify writes it under `key` in its holder. Plain objects and arrays down to
   * a publish's diagnostics are written part by part; anything else goes through JSON.stringify.
   * The value is never left out here: write's callers leave out what JSON.stringify would.
   */
  private write(value: unknown, key: string, depth: number): void {
    if (depth > PIECEWISE_DEPTH || !isPlain(value) || (Array.isArray(value) && value.length < PIECEWISE_LENGTH)) {
      this.put(jsonAt(key, value) ?? 'null');
      return;
    }
    if (Array.isArray(value)) {
      this.put('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.put(',');
        const item: unknown = value[i];
        if (isPlain(item)) this.write(item, String(i), depth + 1);
        // What JSON.stringify writes for what it cannot represent in an array.
        else this.put(jsonAt(String(i), item) ?? 'null');
      }
      this.put(']');
      return;
    }
    this.put('{');
    let first = true;
    for (const name of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[name];
      const plain = isPlain(item);
      const json = plain ? undefined : jsonAt(name, item);
      // JSON.stringify leaves these out of an object.
      if (!plain && json === undefined) continue;
      this.put(first ? `${JSON.stringify(name)}:` : `,${JSON.stringify(name)}:`);
      first = false;
      if (plain) this.write(item, name, depth + 1);
      else this.put(json!);
    }
    this.put('}');
  }

  private put(text: string): void {
    let out = this.out!;
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    if (this.length + text.length * 3 > out.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(out.length * 2, this.length + text.length * 3));
      out.copy(bigger, 0, 0, this.length);
      this.out = out = bigger;
    }
    this.length += out.write(text, this.length, 'utf8');
  }
}

/** An array or an object of Object's own prototype (or none), without toJSON: JSON.stringify writes its parts as they are. */
function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * `value` as JSON.stringify writes it under `key` in its holder (a toJSON is given the key), or
 * undefined where it leaves it out (undefined, a function, a symbol, a toJSON that returns one).
 */
function jsonAt(key: string, value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON !== 'function') return JSON.stringify(value) as string | undefined;
  const held = JSON.stringify({ [key]: value });
  return held === '{}' ? undefined : held.slice(JSON.stringify(key).length + 2, -1);
}

/** A message with an array in its params long enough to write piece by piece: a publish's diagnostics. */
function isLarge(message: unknown): boolean {
  const params = (message as { params?: unknown } | null)?.params;
  if (params === null || typeof params !== 'object') return false;
  for (const value of Object.values(params)) if (Array.isArray(value) && value.length >= PIECEWISE_LENGTH) return true;
  return false;
}

/** The transport the arguments ask for, the first one counting, as vscode-languageserver reads them. */
export function transportOf(args: readonly string[]): 'stdio' | 'other' | undefined {
  const transport = args.find((arg) => arg === '--stdio' || arg === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(arg));
  return transport === undefined ? undefined : transport === '--stdio' ? 'stdio' : 'other';
}

/**
 * The connection over stdin and stdout, its messages encoded by `encoder`. Given a stream as its input,
 * vscode-languageserver exits when stdin ends, as for the --stdio it sets up itself; the
 * console it would redirect there is redirected here.
 */
export function connectStdio(encoder: StdioEncoder): Connection {
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: encoder });
  // A stream and a writer: vscode-languageserver takes the pair, which its typings do not list.
  const connect = createConnection as unknown as (features: typeof ProposedFeatures.all, input: NodeJS.ReadableStream, output: MessageWriter) => Connection;
  const connection = connect(ProposedFeatures.all, process.stdin, writer);
  consoleToClient(connection);
  return connection;
}

/**
 * Console output as the client's log. stdout carries the protocol, so anything a console
 * method would print there breaks it. vscode-languageserver, for the stdio it sets up itself,
 * replaces ten methods (log, info, warn, error, debug, dir, assert, count, countReset, trace);
 * console.table, group, time or dirxml still wrote to stdout there. Here every method of a
 * Console that writes to the client's log takes the place of the global console's own (`yaml`
 * dumps its tokens with console.dir when LOG_STREAM is set); info and warnings keep their levels.
 */
export function consoleToClient(connection: Connection): void {
  const lines = (send: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        send(String(chunk).replace(/\r?\n$/, ''));
        done();
      },
    });
  // The global console's own class: importing node:console would load a built-in after the code cache's V8 flag (boot.ts).
  const redirected = new console.Console({ stdout: lines((text) => connection.console.log(text)), stderr: lines((text) => connection.console.error(text)) });
  const target = console as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(redirected)) if (typeof method === 'function') target[name] = method;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
}
