// The stdio message writer: a large message (a publish of a thousand diagnostics) is
// written into a kept buffer piece by piece, not made into one string and copied.
//
// vscode-jsonrpc's writer encodes a message as Buffer.from(JSON.stringify(message)).
// For the 383 KB publish of the bench's 2,000-line resume that is a string V8 makes in
// its large-object space and flattens, then a buffer of the same size from malloc: fresh
// pages on every key, 4.4-5.4 ms from sendDiagnostics to the first byte written on this
// machine. Written piece by piece into a buffer kept between messages: 1.9 ms. The bytes
// are the same as JSON.stringify's (test/writer.test.mjs).
import { Writable } from 'node:stream';
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
    this.write(message, '', 0);
    return this.out.subarray(0, this.length);
  }

  /** Gives the kept buffer back (the server is idle); the next large message makes a new one. */
  trim(): void {
    this.out = undefined;
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
 * Console output as the client's log, as vscode-languageserver arranges for the stdio it sets
 * up itself: stdout carries the protocol, so anything a console method would print there
 * (log, dir, table, count, time, group; `yaml` dumps its tokens with console.dir when
 * LOG_STREAM is set) would break it. Every method of a console that writes to the client's
 * log takes the place of the global console's own; warnings and errors keep their levels.
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
}
