// employmentType (SPEC §1): only when stated for this role — a field, the title, or the text.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractEmploymentType } from "../../src/extract/employment-type.js";

const typeOf = (text: string, title = "Backend Engineer") => extractEmploymentType(buildDocument(text), { title }).value;

describe("employmentType", () => {
  it.each([
    ["Employment Type: Full-time\n", "full-time"],
    ["Type: Part-time\n", "part-time"],
    ["---\nconditions: Full-time contract position\n---\n\nText.\n", "contract"],
    ["**Full - Time /**\n", "full-time"],
    ["This is a full-time position based anywhere.\n", "full-time"],
    ["This is a contract opportunity with flexible hours.\n", "contract"],
    ["We offer a 6-month contract with possible extension.\n", "contract"],
    ["You will work on a part-time basis.\n", "part-time"],
    ["SuperEgo | REMOTE | Contract, part-time (~20 hrs/week) | $70/hr\n", "contract"],
    ["All Full-Time Employees are eligible for our benefits.\n", null],
    ["**Benefits Full-Time Employees Receive**\n", null],
    ["You have 3+ years of professional full-time experience.\n", null],
    ["You have 2 years in a full-time role as an engineer.\n", null],
    ["Type of contract: Contract of employment\n", null],
    ["We build great software.\n", null],
    ["The job is full-time and on-site in our Kraków office.\n", "full-time"],
    ["This position is a part-time one, 20 hours a week.\n", "part-time"],
    ["We’re seeking a skilled and diligent full-time Software Engineer to join us.\n", "full-time"],
    ["We are hiring a part-time Data Analyst.\n", "part-time"],
    // Contract-to-hire is a contract first, whatever it may turn into.
    ["This is a contract-to-hire position on our payments team.\n", "contract"],
    ["We offer a contract to hire role for the right person.\n", "contract"],
    ["This is a full-time remote opportunity on the data team.\n", "full-time"],
    ["It is a temporary position covering a parental leave.\n", "temporary"],
    ["Our team has 20 full-time engineers and a part-time designer on staff.\n", "part-time"],
    ["We have a team of full-time engineers.\n", null],
    ["You have 3 years as a full-time software engineer.\n", null],
    // A commented-out (closed) role is not rendered, so it states nothing.
    ["$60k/year.\n\n<!-- ## Other role\n\n- This is a full-time position\n-->\n", null],
  ])("%j → %s", (text, expected) => {
    expect(typeOf(text)).toBe(expected);
  });

  it.each([
    ["Freelance Developer - AI Trainer (Remote)", "contract"],
    ["Software Engineer Intern", "internship"],
    ["HPC Engineer (Contract)", "contract"],
    ["Internal Tools Engineer", null],
  ])("title %s → %s", (title, expected) => {
    expect(typeOf(`# ${title}\n\nText.\n`, title)).toBe(expected);
  });
});
