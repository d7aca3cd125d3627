// The stdio message writer: a large message (a publish of a thousand diagnostics) is
// written into a kept buffer piece by piece, not made into one string and copied.
//
// vscode-jsonrpc's writer encodes a message as Buffer.from(JSON.stringify(message)).
// For the 383 KB publish of the bench's 2,000-line resume that is a string V8 makes in
// its large-object space and flattens, then a buffer of the same size from malloc: fresh
// pages on every key, 4.4-5.4 ms from sendDiagnostics to the first byte written on this
// machine. Written piece by piece into a buffer kept between messages: 1.9 ms. The bytes
// are the same as JSON.stringify's (test/writer.test.mjs).
import { format } from 'node:util';
import { AbstractMessageWriter, type Connection, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Arrays shorter than this, and everything nested deeper than a publish's diagnostics, go through JSON.stringify whole. */
const PIECEWISE_LENGTH = 64;
const PIECEWISE_DEPTH = 2;
const FIRST_SIZE = 64 * 1024;

/**
 * JSON text into one buffer that grows as needed and is kept between messages: what
 * `encode` returns is good until it is called again.
 */
export class JsonEncoder {
  private out: Buffer | undefined;
  private length = 0;

  /** The UTF-8 JSON text of `message`: the bytes of Buffer.from(JSON.stringify(message)). */
  encode(message: unknown): Buffer {
    if (!isLarge(message)) return Buffer.from(JSON.stringify(message), 'utf8');
    this.out ??= Buffer.allocUnsafeSlow(FIRST_SIZE);
    this.length = 0;
    this.write(message, 0);
    return this.out.subarray(0, this.length);
  }

  /** Gives the kept buffer back (the server is idle); the next large message makes a new one. */
  trim(): void {
    this.out = undefined;
  }

  private write(value: unknown, depth: number): void {
    if (depth > PIECEWISE_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      this.put(JSON.stringify(value));
      return;
    }
    if (Array.isArray(value)) {
      if (value.length < PIECEWISE_LENGTH) {
        this.put(JSON.stringify(value));
        return;
      }
      this.put('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.put(',');
        const item: unknown = value[i];
        // What JSON.stringify writes for what it cannot represent in an array.
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.put('null');
        else this.write(item, depth + 1);
      }
      this.put(']');
      return;
    }
    this.put('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      // JSON.stringify leaves these out of an object.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      this.put(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      this.write(item, depth + 1);
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

/** A message with an array in its params long enough to write piece by piece: a publish's diagnostics. */
function isLarge(message: unknown): boolean {
  const params = (message as { params?: unknown } | null)?.params;
  if (params === null || typeof params !== 'object') return false;
  for (const value of Object.values(params)) if (Array.isArray(value) && value.length >= PIECEWISE_LENGTH) return true;
  return false;
}

/**
 * Messages to a stream (stdout) with the encoder above, framed as vscode-jsonrpc frames
 * them (a Content-Length header). One message at a time: the next is encoded once the
 * stream has taken the last one's bytes, so the kept buffer is never written while lent.
 */
export class PiecewiseWriter extends AbstractMessageWriter implements MessageWriter {
  private queue: Promise<void> = Promise.resolve();
  private errorCount = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly encoder = new JsonEncoder(),
  ) {
    super();
    stream.on('error', (error: unknown) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const written = this.queue.then(() => this.writeNow(msg));
    this.queue = written.catch(() => undefined);
    return written;
  }

  end(): void {
    this.stream.end();
  }

  private writeNow(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const failed = (error: unknown): void => {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      try {
        const data = this.encoder.encode(msg);
        this.stream.write(`Content-Length: ${data.byteLength}\r\n\r\n`, 'ascii');
        this.stream.write(data, (error?: Error | null) => (error ? failed(error) : resolve()));
      } catch (error) {
        failed(error);
      }
    });
  }
}

/**
 * Console output as the client's log, as vscode-languageserver does for the stdio it sets
 * up itself: stdout carries the protocol, so a stray console.log there would break it.
 */
export function consoleToClient(connection: Connection): void {
  console.log = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
