// normalize/memo.ts — a remembered answer is the computed one, and the cache stays bounded.
import { describe, expect, it } from "vitest";
import { StringMemo } from "../../src/normalize/memo.js";

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
