/** Loads the shared DOCTOR script (plugins/plugin-eliza-classic/data/DOCTOR.script.txt) once. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { Script } from "./engine.js";

/** dist/src/doctor.js -> ../../../data/DOCTOR.script.txt */
export const SCRIPT_PATH = fileURLToPath(new URL("../../../data/DOCTOR.script.txt", import.meta.url));

let doctor: Script | undefined;

/** The DOCTOR script, parsed once. */
export function doctorScript(): Script {
  doctor ??= Script.parse(readFileSync(SCRIPT_PATH, "utf8"));
  return doctor;
}
