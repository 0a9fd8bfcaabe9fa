// plugin-echo-as: an AssemblyScript (TypeScript -> WASM) plugin speaking WASM ABI v1 (docs/PROTOCOL.md §4).
//
// It decodes the request Envelope with a minimal hand-written protobuf reader (skipping unknown fields of
// every wire type) and answers:
//   manifest.get              -> manifest.result (name "echo-as", language TYPESCRIPT, protocol WASM, action "echo")
//   plugin.init               -> plugin.init.result success
//   action.invoke "echo"      -> action.result { success: true, text: memory.content.text }
//   action.invoke <other>     -> error NOT_FOUND "action not found: <other>"
//   provider.get <any>        -> error NOT_FOUND "provider not found: <name>"
//   anything else             -> error UNKNOWN_TYPE; undecodable input -> error MALFORMED
//
// Input and output buffers are unmanaged (heap.alloc/heap.free); temporaries are ordinary GC'd objects.

// ------------------------------------------------------------------------------------------------ ABI

/** Aborts trap (the host re-instantiates); used with `--use abort=...` so the module has no imports. */
function abortTrap(message: usize, fileName: usize, line: u32, column: u32): void {
  unreachable();
}

export function alloc(len: i32): usize {
  return heap.alloc(len > 0 ? <usize>len : 1);
}

export function dealloc(ptr: usize, len: i32): void {
  heap.free(ptr);
}

export function eliza_abi_version(): i32 {
  return 1;
}

const COLLECT_EVERY: u32 = 16;
let calls: u32 = 0;

export function eliza_call(ptr: usize, len: i32): i64 {
  const out = handle(ptr, <usize>len);
  heap.free(ptr);
  const n = out.length;
  const outPtr = heap.alloc(n > 0 ? <usize>n : 1);
  memory.copy(outPtr, out.dataStart, <usize>n);
  // Built with --runtime minimal (no automatic GC): collect the call's temporaries every few calls.
  if (++calls % COLLECT_EVERY == 0) __collect();
  return (<i64>outPtr << 32) | <i64>(<u32>n);
}

// ------------------------------------------------------------------------------------------------ reader

const WT_VARINT: u32 = 0;
const WT_I64: u32 = 1;
const WT_LEN: u32 = 2;
const WT_I32: u32 = 5;

/** A cursor over protobuf bytes in linear memory. `ok` turns false on malformed input. */
class Reader {
  pos: usize;
  end: usize;
  ok: bool = true;
  // the last LEN field read
  start: usize = 0;
  size: usize = 0;

  constructor(pos: usize, end: usize) {
    this.pos = pos;
    this.end = end;
  }

  more(): bool {
    return this.ok && this.pos < this.end;
  }

  varint(): u64 {
    let result: u64 = 0;
    let shift: u64 = 0;
    while (true) {
      if (this.pos >= this.end || shift > 63) {
        this.ok = false;
        return 0;
      }
      const b = load<u8>(this.pos);
      this.pos++;
      result |= (<u64>(b & 0x7f)) << shift;
      if ((b & 0x80) == 0) return result;
      shift += 7;
    }
  }

  /** Reads a tag; returns the field number and stores the wire type in `wireType`. */
  wireType: u32 = 0;
  tag(): u32 {
    const t = this.varint();
    this.wireType = <u32>(t & 7);
    const field = <u32>(t >> 3);
    if (field == 0) this.ok = false;
    return field;
  }

  /** Reads a LEN field's payload bounds into start/size. */
  len(): void {
    const n = this.varint();
    if (!this.ok || n > <u64>(this.end - this.pos)) {
      this.ok = false;
      return;
    }
    this.start = this.pos;
    this.size = <usize>n;
    this.pos += <usize>n;
  }

  /** Skips a field of the current wire type. */
  skip(): void {
    const wt = this.wireType;
    if (wt == WT_VARINT) this.varint();
    else if (wt == WT_I64) this.advance(8);
    else if (wt == WT_LEN) this.len();
    else if (wt == WT_I32) this.advance(4);
    else this.ok = false; // groups (3, 4) and invalid types are not accepted
  }

  advance(n: usize): void {
    if (this.end - this.pos < n) this.ok = false;
    else this.pos += n;
  }
}

/** A byte range in linear memory (a string or sub-message). */
class Slice {
  constructor(public start: usize = 0, public size: usize = 0, public present: bool = false) {}

  equals(s: string): bool {
    const b = String.UTF8.encode(s);
    if (<usize>b.byteLength != this.size) return false;
    return memory.compare(changetype<usize>(b), this.start, this.size) == 0;
  }

  bytes(): Uint8Array {
    const a = new Uint8Array(<i32>this.size);
    memory.copy(a.dataStart, this.start, this.size);
    return a;
  }

  text(): string {
    return String.UTF8.decodeUnsafe(this.start, this.size);
  }
}

// ------------------------------------------------------------------------------------------------ writer

class Writer {
  buf: Uint8Array = new Uint8Array(64);
  n: i32 = 0;

  reserve(extra: i32): void {
    if (this.n + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const next = new Uint8Array(cap);
    memory.copy(next.dataStart, this.buf.dataStart, <usize>this.n);
    this.buf = next;
  }

  byte(b: u8): void {
    this.reserve(1);
    this.buf[this.n++] = b;
  }

  varint(v: u64): void {
    while (v >= 0x80) {
      this.byte(<u8>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    this.byte(<u8>v);
  }

  tag(field: u32, wt: u32): void {
    this.varint((<u64>field << 3) | <u64>wt);
  }

  raw(ptr: usize, size: usize): void {
    this.reserve(<i32>size);
    memory.copy(this.buf.dataStart + <usize>this.n, ptr, size);
    this.n += <i32>size;
  }

  bytesField(field: u32, ptr: usize, size: usize): void {
    this.tag(field, WT_LEN);
    this.varint(<u64>size);
    this.raw(ptr, size);
  }

  stringField(field: u32, s: string): void {
    const b = String.UTF8.encode(s);
    this.bytesField(field, changetype<usize>(b), <usize>b.byteLength);
  }

  sliceField(field: u32, s: Slice): void {
    this.bytesField(field, s.start, s.size);
  }

  messageField(field: u32, m: Writer): void {
    this.bytesField(field, m.buf.dataStart, <usize>m.n);
  }

  varintField(field: u32, v: u64): void {
    this.tag(field, WT_VARINT);
    this.varint(v);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.n);
    memory.copy(out.dataStart, this.buf.dataStart, <usize>this.n);
    return out;
  }
}

// ------------------------------------------------------------------------------------------------ protocol

// Envelope body field numbers (proto/eliza/interop/v1/protocol.proto)
const ENV_ACTION_INVOKE: u32 = 1;
const ENV_ACTION_RESULT: u32 = 2;
const ENV_PROVIDER_GET: u32 = 5;
const ENV_PLUGIN_INIT: u32 = 9;
const ENV_PLUGIN_INIT_RESULT: u32 = 10;
const ENV_ERROR: u32 = 16;
const ENV_MANIFEST_GET: u32 = 26;
const ENV_MANIFEST_RESULT: u32 = 27;

const PLUGIN_LANGUAGE_TYPESCRIPT: u64 = 1;
const INTEROP_PROTOCOL_WASM: u64 = 1;

/** Fields every request has (type = 1, id = 2), plus field 3 (action / provider name) and field 4 (memory). */
class Request {
  id: Slice = new Slice();
  name: Slice = new Slice();
  memory: Slice = new Slice();
}

function readRequest(start: usize, size: usize): Request | null {
  const r = new Reader(start, start + size);
  const req = new Request();
  while (r.more()) {
    const f = r.tag();
    if (!r.ok) break;
    if ((f == 2 || f == 3 || f == 4) && r.wireType == WT_LEN) {
      r.len();
      const s = new Slice(r.start, r.size, true);
      if (f == 2) req.id = s;
      else if (f == 3) req.name = s;
      else req.memory = s;
    } else {
      r.skip();
    }
  }
  return r.ok ? req : null;
}

/** memory.content.text (Memory field 5 = content, Content field 2 = text); absent -> not present. */
function contentText(mem: Slice): Slice {
  let content = new Slice();
  const r = new Reader(mem.start, mem.start + mem.size);
  while (r.more()) {
    const f = r.tag();
    if (!r.ok) break;
    if (f == 5 && r.wireType == WT_LEN) {
      r.len();
      content = new Slice(r.start, r.size, true);
    } else r.skip();
  }
  let text = new Slice();
  if (!content.present) return text;
  const c = new Reader(content.start, content.start + content.size);
  while (c.more()) {
    const f = c.tag();
    if (!c.ok) break;
    if (f == 2 && c.wireType == WT_LEN) {
      c.len();
      text = new Slice(c.start, c.size, true);
    } else c.skip();
  }
  return text;
}

function envelope(field: u32, body: Writer): Uint8Array {
  const env = new Writer();
  env.messageField(field, body);
  return env.finish();
}

function errorEnvelope(id: Slice, code: string, message: string): Uint8Array {
  const body = new Writer();
  body.stringField(1, "error");
  if (id.size > 0) body.sliceField(2, id);
  body.stringField(3, message);
  // details: Struct { fields: map<string, Value> } = { "code": Value { string_value: code } }
  const value = new Writer();
  value.stringField(3, code);
  const entry = new Writer();
  entry.stringField(1, "code");
  entry.messageField(2, value);
  const details = new Writer();
  details.messageField(1, entry);
  body.messageField(4, details);
  return envelope(ENV_ERROR, body);
}

function manifestEnvelope(id: Slice): Uint8Array {
  const action = new Writer();
  action.stringField(1, "echo");
  action.stringField(2, "Replies with the text of the message it was given");
  const interop = new Writer();
  interop.varintField(1, INTEROP_PROTOCOL_WASM);
  interop.stringField(2, "build/plugin_echo_as.wasm");
  const manifest = new Writer();
  manifest.stringField(1, "echo-as");
  manifest.stringField(2, "Echo plugin written in AssemblyScript (TypeScript compiled to WebAssembly)");
  manifest.stringField(3, "0.1.0");
  manifest.varintField(4, PLUGIN_LANGUAGE_TYPESCRIPT);
  manifest.messageField(5, interop);
  manifest.messageField(8, action);
  const body = new Writer();
  body.stringField(1, "manifest.result");
  if (id.size > 0) body.sliceField(2, id);
  body.messageField(3, manifest);
  return envelope(ENV_MANIFEST_RESULT, body);
}

function actionEnvelope(req: Request): Uint8Array {
  if (!req.name.equals("echo")) {
    return errorEnvelope(req.id, "NOT_FOUND", "action not found: " + req.name.text());
  }
  const text = contentText(req.memory);
  const result = new Writer();
  result.varintField(1, 1); // success
  result.sliceField(2, text); // text (empty when the message had none)
  const body = new Writer();
  body.stringField(1, "action.result");
  if (req.id.size > 0) body.sliceField(2, req.id);
  body.messageField(3, result);
  return envelope(ENV_ACTION_RESULT, body);
}

function initEnvelope(req: Request): Uint8Array {
  const body = new Writer();
  body.stringField(1, "plugin.init.result");
  if (req.id.size > 0) body.sliceField(2, req.id);
  body.varintField(3, 1);
  return envelope(ENV_PLUGIN_INIT_RESULT, body);
}

function handle(ptr: usize, len: usize): Uint8Array {
  const r = new Reader(ptr, ptr + len);
  let kind: u32 = 0;
  let body = new Slice();
  while (r.more()) {
    const f = r.tag();
    if (!r.ok) break;
    if (r.wireType == WT_LEN) {
      r.len();
      kind = f;
      body = new Slice(r.start, r.size, true);
    } else r.skip();
  }
  if (!r.ok || kind == 0) return errorEnvelope(new Slice(), "MALFORMED", "not a decodable Envelope");
  const req = readRequest(body.start, body.size);
  if (req == null) return errorEnvelope(new Slice(), "MALFORMED", "not a decodable Envelope");
  if (kind == ENV_MANIFEST_GET) return manifestEnvelope(req.id);
  if (kind == ENV_ACTION_INVOKE) return actionEnvelope(req);
  if (kind == ENV_PLUGIN_INIT) return initEnvelope(req);
  if (kind == ENV_PROVIDER_GET) {
    return errorEnvelope(req.id, "NOT_FOUND", "provider not found: " + req.name.text());
  }
  return errorEnvelope(req.id, "UNKNOWN_TYPE", "unsupported message (Envelope field " + kind.toString() + ")");
}
