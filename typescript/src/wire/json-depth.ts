/**
 * The JSON value depth check (docs/PROTOCOL.md §2, host limits, "JSON value depth"): finds a Struct / Value /
 * ListValue field nested more than MAX_JSON_VALUE_DEPTH arrays/objects deep in the proto3 JSON of a message.
 */
import type { DescField, DescMessage, JsonObject, JsonValue } from "@bufbuild/protobuf";
import { MAX_JSON_VALUE_DEPTH } from "./constants.js";

const JSON_VALUE_TYPES: ReadonlySet<string> = new Set([
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
]);

/** How a field's JSON is walked: a JSON value to measure, or an ordinary message to descend into. */
interface FieldPlan {
  readonly jsonName: string;
  /** The JSON keys fromJson accepts for the field: its JSON name and, when different, its proto name. */
  readonly keys: readonly string[];
  readonly kind: "single" | "list" | "map";
  /** True: the field (or each list element / map value) is a Struct/Value/ListValue. */
  readonly json: boolean;
  /** The message type descended into when `json` is false. */
  readonly schema: DescMessage;
}

/** Per message type: the fields that are, or lead to, Struct/Value/ListValue fields (nothing else is walked). */
const PLANS = new Map<string, readonly FieldPlan[]>();

function messageTypeOf(field: DescField): DescMessage | undefined {
  if (field.fieldKind === "message") return field.message;
  if (field.fieldKind === "list" && field.listKind === "message") return field.message;
  if (field.fieldKind === "map" && field.mapKind === "message") return field.message;
  return undefined;
}

/** Whether JSON for `schema` can hold a Struct/Value/ListValue anywhere below it (graph search; cycles are fine). */
function reachesJsonValue(schema: DescMessage): boolean {
  const seen = new Set<string>([schema.typeName]);
  const todo: DescMessage[] = [schema];
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    for (const f of s.fields) {
      const m = messageTypeOf(f);
      if (m === undefined) continue;
      if (JSON_VALUE_TYPES.has(m.typeName)) return true;
      if (!seen.has(m.typeName)) {
        seen.add(m.typeName);
        todo.push(m);
      }
    }
  }
  return false;
}

function planOf(schema: DescMessage): readonly FieldPlan[] {
  let plan = PLANS.get(schema.typeName);
  if (plan === undefined) {
    const out: FieldPlan[] = [];
    if (!JSON_VALUE_TYPES.has(schema.typeName)) {
      for (const f of schema.fields) {
        const m = messageTypeOf(f);
        if (m === undefined) continue;
        const json = JSON_VALUE_TYPES.has(m.typeName);
        if (!json && !reachesJsonValue(m)) continue;
        const kind = f.fieldKind === "list" ? "list" : f.fieldKind === "map" ? "map" : "single";
        const keys = f.name === f.jsonName ? [f.jsonName] : [f.jsonName, f.name];
        out.push({ jsonName: f.jsonName, keys, kind, json, schema: m });
      }
    }
    plan = out;
    PLANS.set(schema.typeName, plan);
  }
  return plan;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function isContainer(v: JsonValue | undefined): v is JsonObject | JsonValue[] {
  return typeof v === "object" && v !== null;
}

/** Whether the JSON value `v` nests more than `limit` arrays/objects deep (`v` itself is level 1). Iterative. */
function nestsDeeperThan(v: JsonObject | JsonValue[], limit: number): boolean {
  const values: Array<JsonObject | JsonValue[]> = [v];
  const depths: number[] = [1];
  for (let x = values.pop(); x !== undefined; x = values.pop()) {
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const y = x[i];
        if (isContainer(y)) {
          values.push(y);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in x) {
        const y = x[k];
        if (isContainer(y) && hasOwn(x, k)) {
          values.push(y);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

/** Where a message sits in the JSON being checked: field `name` of the parent, element `index` of a list/map. */
interface PathNode {
  readonly up: PathNode | undefined;
  readonly name: string;
  readonly index: number | string | undefined;
}

/** `memory.content.data`, `state.data.actionResults[1].data`, `state.data.providers["p"].values`. */
function renderPath(node: PathNode | undefined, name: string, index: number | string | undefined): string {
  const parts: string[] = [];
  for (let n: PathNode | undefined = { up: node, name, index }; n !== undefined; n = n.up) {
    parts.push(n.index === undefined ? n.name : `${n.name}[${typeof n.index === "number" ? n.index : JSON.stringify(n.index)}]`);
  }
  return parts.reverse().join(".");
}

/**
 * The path of the first Struct/Value/ListValue field in the proto3 JSON `json` of a `schema` message whose value
 * nests more than MAX_JSON_VALUE_DEPTH arrays/objects deep; undefined when there is none. Walks only the fields
 * that can lead to such a field, iteratively (hostile nesting cannot overflow the stack), and allocates little:
 * a small message costs a few property look-ups. JSON of the wrong shape is left to fromJson to report.
 */
export function findTooDeepJsonValue(schema: DescMessage, json: JsonObject): string | undefined {
  const schemas: DescMessage[] = [schema];
  const objects: JsonObject[] = [json];
  const paths: Array<PathNode | undefined> = [undefined];
  /** One field value (or list element / map value) `e`: measured when the field is a JSON value, else queued. */
  const visit = (f: FieldPlan, e: JsonValue | undefined, at: PathNode | undefined, index: number | string | undefined): string | undefined => {
    if (!isContainer(e)) return undefined;
    if (f.json) return nestsDeeperThan(e, MAX_JSON_VALUE_DEPTH) ? renderPath(at, f.jsonName, index) : undefined;
    if (!Array.isArray(e)) {
      schemas.push(f.schema);
      objects.push(e);
      paths.push({ up: at, name: f.jsonName, index });
    }
    return undefined;
  };
  for (let s = schemas.pop(); s !== undefined; s = schemas.pop()) {
    const obj = objects.pop() as JsonObject;
    const at = paths.pop();
    for (const f of planOf(s)) {
      for (const key of f.keys) {
        const v = obj[key];
        if (!isContainer(v) || !hasOwn(obj, key)) continue;
        let found: string | undefined;
        if (f.kind === "single") {
          found = visit(f, v, at, undefined);
        } else if (f.kind === "list") {
          if (!Array.isArray(v)) continue;
          for (let i = 0; i < v.length && found === undefined; i++) found = visit(f, v[i], at, i);
        } else if (!Array.isArray(v)) {
          for (const k in v) {
            if (hasOwn(v, k) && (found = visit(f, v[k], at, k)) !== undefined) break;
          }
        }
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}
