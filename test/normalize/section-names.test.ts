// The heading vocabulary (SPEC §1 section lists): headings classified by meaning, tolerant of
// case, punctuation, emoji and "&", but not greedy on sentences.
import { describe, expect, it } from "vitest";
import { classifyHeading, normalizeHeading } from "../../src/normalize/section-names.js";

describe("classifyHeading", () => {
  it.each([
    ["About Acme", true],
    ["Company Description", true],
    ["Our Values", true],
    ["About the team", false],
    ["Tech stack", false],
    ["Requirements", false],
  ])("%s is about the employer: %s", (heading, about) => {
    expect(classifyHeading(heading)?.aboutEmployer).toBe(about);
  });

  it.each([
    ["Requirements:", "requirements"],
    ["What you've done in your career", "requirements"],
    // A pitch asked of the job is a "Why join?" pitch; one asked of the employer names nothing.
    ["What makes this different from other roles:", "benefitsIfList"],
    ["What makes us different:", undefined],
    // A list of open roles is each role's line, not what one role asks or offers.
    ["Two roles open:", "none"],
    ["We're hiring for:", "none"],
    ["Open roles:", "none"],
    ["You fit this role if you have", "requirements"],
    ["Skills & Qualification", "requirements"],
    ["Required Knowledge, Skills, and Abilities", "requirements"],
    ["Examples of what you could build", "responsibilities"],
    // What the hire is to achieve, and the qualities asked of them.
    ["Objectives of this Role", "responsibilities"],
    ["Key objectives", "responsibilities"],
    ["Qualities and traits we value", "requirements"],
    ["Personal qualities", "requirements"],
    // A bare "Preferences" label lists extras; a heading that ends naming a team, and the way the team works, list nothing asked.
    ["Preferences:", "niceToHave"],
    ["Your Future Brand & Content Marketing Team", "none"],
    ["Requirements for the team", "requirements"],
    ["The way we work", "none"],
    ["What you bring", "requirements"],
    ["You have:", "requirements"],
    ["What you'll already have:", "requirements"],
    ["About you", "requirements"],
    ["Who we are looking for?", "requirements"],
    ["What we're looking for:", "requirements"],
    ["You should apply if:", "requirements"],
    ["You might thrive in this role if you:", "requirements"],
    ["To succeed in this role, you will need:", "requirements"],
    ["Your Background", "requirements"],
    ["Competencies", "requirements"],
    ["Education", "requirements"],
    ["Required Skills & Qualifications:", "requirements"],
    ["What You’ll Bring To The Team:", "requirements"],
    ["What you’ll need to succeed:", "requirements"],
    ["Must have (professional experience):", "requirements"],
    ["Nice to have", "niceToHave"],
    ["Valuable Extras", "niceToHave"],
    ["Nice-to-have:", "niceToHave"],
    ["Bonus points:", "niceToHave"],
    ["Preferred qualifications:", "niceToHave"],
    ["Extra brownie points if you…", "niceToHave"],
    ["An ideal candidate also has:", "niceToHave"],
    ["Will be a Plus:", "niceToHave"],
    ["Good to have:", "niceToHave"],
    ["What Makes You Stand Out", "niceToHave"],
    ["Preferred Requirements:", "niceToHave"],
    ["Responsibilities", "responsibilities"],
    ["What you'll do", "responsibilities"],
    ["In your day-to-day, you can expect to:", "responsibilities"],
    // Hacker News comments' own label lines.
    ["What you'd work on:", "responsibilities"],
    ["Depending on fit, you might work on:", "responsibilities"],
    ["You can expect to", "responsibilities"],
    ["Ideally, you:", "requirements"],
    ["We're seeking:", "requirements"],
    ["The role", "responsibilities"],
    ["About the Role", "responsibilities"],
    ["The position", "responsibilities"],
    ["Role Overview", "responsibilities"],
    ["Get ready to:", "responsibilities"],
    ["In this role, you will:", "responsibilities"],
    ["What will you be doing:", "responsibilities"],
    ["What you will accomplish:", "responsibilities"],
    ["Key Responsibilities", "responsibilities"],
    ["You Will:", "responsibilities"],
    ["Benefits", "benefits"],
    ["Perks", "benefits"],
    ["What we offer", "benefits"],
    ["Total Rewards", "benefits"],
    ["Other compensation elements include:", "benefits"],
    // A list of what is offered (a note on how the job may be paid, over no list, gives nothing)
    ["Our competitive compensation package includes:", "benefitsIfList"],
    ["Some things you’ll enjoy", "benefits"],
    ["What this job can offer you", "benefits"],
    ["Compensation & benefits", "benefits"],
    ["Perks of working with us:", "benefits"],
    ["✨ Why You’ll Love Being Part of Welltech:", "benefitsIfList"],
    ["We're serious about your well-being! As Part Of Our Team, Full-Time Employees Receive", "benefits"],
    ["Why work on Outlier?", "benefitsIfList"],
    ["Why should you be part of our success story?", "benefitsIfList"],
    ["About us:", "none"],
    ["Who we are", "none"],
    ["About the team", "none"],
    // Hours, travel and the office are conditions of the job, not what is asked or offered.
    ["Working Conditions", "none"],
    ["Requisite Skills", "requirements"],
    ["The job is made for you if...", "requirements"],
    ["This job is for you if you:", "requirements"],
    ["The job", "responsibilities"],
    ["What we bring to the table:", "benefits"],
    ["Joining us means:", "benefits"],
    ["We support you with:", "benefits"],
    ["What your impact will be", "responsibilities"],
    ["What To Expect In This Position", "responsibilities"],
    ["As An Active Member Of Our Team, You Will...", "responsibilities"],
    ["Why you’ll love this role:", "benefitsIfList"],
    ["What we value", "none"],
    ["Some tools that we use", "none"],
    ["WHAT TO EXPECT IN THE INTERVIEW PROCESS", "none"],
    ["Here's what you can expect from our hiring process:", "none"],
    ["About Rackspace Technology", "none"],
    ["Our Tech Stack", "none"],
    ["Application process", "none"],
    ["Why we're hiring", "none"],
    // Held-out careers pages and job-board templates.
    ["What we build with", "none"],
    ["what you will find in our Bright Team 🧡", "benefits"],
    ["Our value to you:", "benefits"],
    ["Additional desired experience", "niceToHave"],
    ["Job Description", "responsibilitiesIfList"],
    ["Job Responsibilities:", "responsibilities"],
    ["Equal Opportunities Monitoring", "none"],
    // Benefit sections worded as the hire's gain or the company's offer.
    ["What you'll gain", "benefits"],
    ["What will you gain?", "benefits"],
    ["We can offer:", "benefits"],
    ["What you can count on", "benefits"],
    ["What will you get in return?", "benefits"],
    ["The extras", "benefits"],
    ["Our offerings", "benefits"],
    ["What Acme offers you", "benefits"],
    ["Acme offers", "benefits"],
    ["At Acme, you'll get:", "benefits"],
    ["We've got you covered", "benefits"],
    ["Health & Wellness", "benefits"],
    ["Work-life balance", "benefits"],
    ["Paid leave", "benefits"],
    ["What we do for you", "benefits"],
    ["About what you get", "benefits"],
    ["In addition to growth, we also offer:", "benefits"],
    // Requirements worded around the candidate or the skills.
    ["What skills do you bring?", "requirements"],
    ["Here's what we're looking for:", "requirements"],
    ["Skills we're looking for", "requirements"],
    ["What we'll expect from you", "requirements"],
    ["What do we need from you?", "requirements"],
    ["Skills required", "requirements"],
    ["The skill set", "requirements"],
    ["A little bit about you", "requirements"],
    ["Does this sound like you?", "requirements"],
    ["Experience you'll need", "requirements"],
    ["Prerequisites", "requirements"],
    ["What makes you standout", "niceToHave"],
    ["Would love for you to have", "niceToHave"],
    // Mined from the corpora: label lines no row named.
    ["Big pluses:", "niceToHave"],
    ["Big plus", "niceToHave"],
    ["OFFER", "benefits"],
    ["Offer:", "benefits"],
    ["### We look for", "requirements"],
    ["You must:", "requirements"],
    ["We think you’d be great at this if you are:", "requirements"],
    ["We get excited about candidates who have the following", "requirements"],
    ["We'd like to find somebody who:", "requirements"],
    ["What is expected from you", "requirements"],
    // Duties worded as the hire's impact or time.
    ["How you'll add value", "responsibilities"],
    ["What you'll help with", "responsibilities"],
    ["The impact you'll make", "responsibilities"],
    ["How you'll spend your time", "responsibilities"],
    ["Your main tasks", "responsibilities"],
    ["What are you going to do?", "responsibilities"],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it.each([
    ["What does the Infra Engineering team do?"],
    ["Description"],
    ["Instrumentation & Monitoring"],
    ["Technical Leadership"],
    ["Requirement Analysis:"],
    ["Full stack developer"],
    ["Example projects might include:"],
    // A sentence naming where candidates may live is no requirements heading.
    ["This is a remote position; we're looking for candidates in Spain"],
    ["Your wellbeing matters: join a company that cares"],
    ["What to expect from our hiring process"],
    // Ambiguous labels left out of the table: pay bonuses or bonus skills, roles or skills, goals or asks.
    ["Bonuses:"],
    ["We need:"],
    ["What is expected from you in your first 90 days"],
    // A sentence is not a heading, however many section words it holds.
    ["While you may not meet every single one of the requirements and preferred qualifications listed here we still encourage you"],
  ])("%s names no list section", (heading) => {
    const kind = classifyHeading(heading)?.kind ?? null;
    expect(kind === null || kind === "none").toBe(true);
  });

  it("reads 'Minimum Requirements' as a whole-heading name, not a word inside it", () => {
    expect(classifyHeading("Minimum Requirements")).toMatchObject({ kind: "requirements", contains: false });
  });

  it("reads 'You will have' as requirements except under benefits", () => {
    expect(classifyHeading("You will have")).toMatchObject({ kind: "requirements", notUnder: "benefits" });
  });

  it("reads 'Skills' as a weak name", () => {
    expect(classifyHeading("Skills")).toMatchObject({ kind: "requirements", weak: true });
  });
});

describe("a word naming the job before a section's name", () => {
  it.each([
    ["Position Requirements", "requirements"],
    ["Role Qualifications", "requirements"],
    ["Job Benefits", "benefits"],
  ])("%s is a whole-heading %s", (text, kind) => {
    expect(classifyHeading(text)).toMatchObject({ kind, contains: false });
  });

  it("names nothing by itself", () => {
    expect(classifyHeading("Job")).toBeNull();
    expect(classifyHeading("Job Title")).toBeNull();
  });
});

describe("British and pitch-style section names", () => {
  it.each([
    ["Key Accountabilities", "responsibilities"],
    ["Principal Accountabilities", "responsibilities"],
    ["What would make a perfect fit", "requirements"],
    ["What you can expect from us", "benefits"],
  ])("%s names %s", (text, kind) => {
    expect(classifyHeading(text)).toMatchObject({ kind });
  });
});

describe("a possessive or article before a name of a language's column", () => {
  it.each([
    ["Deine Aufgaben", "responsibilities"],
    ["Suas principais atividades", "responsibilities"],
    ["Tus funciones", "responsibilities"],
    ["Nos avantages", "benefits"],
    ["Unsere Anforderungen", "requirements"],
  ])("%s is a whole-heading %s", (text, kind) => {
    expect(classifyHeading(text)).toMatchObject({ kind, contains: false });
  });

  it("leaves English names and thin words alone ('Les bonus Acme' lists perks; 'Les plus')", () => {
    expect(classifyHeading("Les bonus Acme")).toBeNull();
    expect(classifyHeading("Les plus")).toBeNull();
  });

  it.each([
    ["Ce que tu feras", "responsibilities"],
    ["Ton rôle", "responsibilities"],
    ["Ce qu'on attend de toi", "requirements"],
    ["Was wir uns zusätzlich wünschen", "niceToHave"],
  ])("reads %s (tu-forms, German extras) as %s", (text, kind) => {
    expect(classifyHeading(text)).toMatchObject({ kind });
  });
});

describe("normalizeHeading", () => {
  it.each([
    ["**What You’ll Do:**", "what you'll do"],
    ["🚀 Perks & Benefits!", "perks and benefits"],
    ["What you will bring", "what you'll bring"],
    ["Nice-to-have", "nice to have"],
  ])("%s → %s", (raw, norm) => {
    expect(normalizeHeading(raw)).toBe(norm);
  });
});

describe("normalizeHeading: plain words take the short way to the same form", () => {
  it.each([
    ["Requirements", "requirements"],
    ["What You Will Do", "what you'll do"],
    ["We Are Hiring", "we're hiring"],
    ["About  the role", "about the role"],
    [" Benefits", "benefits"],
    ["Nice to have 2", "nice to have 2"],
    ["Responsabilités", "responsabilites"],
  ])("%s → %s", (text, norm) => {
    expect(normalizeHeading(text)).toBe(norm);
  });
});

describe("a one-word heading with one wrong letter", () => {
  it.each([
    ["Responsabiliades", "responsibilities"],
    ["Requirments", "requirements"],
    ["Responsibilites", "responsibilities"],
    // Short words are too alike to guess, and two wrong letters are another word.
    ["Perk", null],
    ["Advantages", null],
    ["Requisitaçõess", null],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind ?? null).toBe(kind);
  });
});
