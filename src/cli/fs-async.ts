// The promise forms of the node:fs calls the CLI makes, made from node:fs's callback API:
// importing node:fs/promises costs ~1 ms of every start (it loads readline and the file
// watchers with it), though a one-posting run needs one read (issue 5 target c).
import { mkdir as mkdirCallback, readdir as readdirCallback, readFile as readFileCallback, realpath as realpathCallback } from "node:fs";
import { close as closeCallback, fstat as fstatCallback, lstat as lstatCallback, open as openCallback } from "node:fs";
import { rename as renameCallback, rm as rmCallback, stat as statCallback, writeFile as writeFileCallback } from "node:fs";
import { promisify } from "node:util";

export const close = promisify(closeCallback);
export const fstat = promisify(fstatCallback);
export const open = promisify(openCallback);
export const lstat = promisify(lstatCallback);
export const mkdir = promisify(mkdirCallback);
export const readdir = promisify(readdirCallback);
export const readFile = promisify(readFileCallback);
export const realpath = promisify(realpathCallback);
export const rename = promisify(renameCallback);
export const rm = promisify(rmCallback);
export const stat = promisify(statCallback);
export const writeFile = promisify(writeFileCallback);
