// normalize/memo.ts — a remembered answer is the computed one, and the cache stays bounded.
import { describe, expect, it } from "vitest";
import { StringMemo, unshared } from "../../src/normalize/memo.js";

describe("StringMemo", () => {
  it("answers as the function does, computing each key once while it is held", () => {
    let calls = 0;
    const memo = new StringMemo((s) => (calls++, s.length > 3 ? null : s.toUpperCase()), 10);
    expect([memo.get("ab"), memo.get("abcd"), memo.get("ab"), memo.get("abcd")]).toEqual(["AB", null, "AB", null]);
    expect(calls).toBe(2);
  });

  it("holds at most `max` keys, dropping the oldest", () => {
    let calls = 0;
    const memo = new StringMemo((s) => (calls++, s), 3);
    for (const k of ["a", "b", "c", "d", "e"]) memo.get(k);
    expect(memo.size).toBe(3);
    calls = 0;
    expect(memo.get("e")).toBe("e");
    expect(calls).toBe(0);
    expect(memo.get("a")).toBe("a");
    expect(calls).toBe(1);
  });
});

describe("unshared", () => {
  it("gives the same text, short or long, for a key cut from a longer string", () => {
    const posting = `## Requirements\n${"x".repeat(5000)}`;
    const heading = posting.slice(3, 15);
    expect([unshared("Skills"), unshared(heading), unshared(posting)]).toEqual(["Skills", "Requirements", posting]);
  });

  it("remembers a key cut from a posting under its own text", () => {
    const memo = new StringMemo((s) => s.length, 4);
    const key = `## What you will do\n${"y".repeat(1000)}`.slice(3, 19);
    expect([memo.get(key), memo.get("What you will do")]).toEqual([16, 16]);
    expect(memo.size).toBe(1);
  });
});

