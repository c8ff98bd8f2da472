// A LinkedIn job page copied as text: its page title and top card are the header (publisher data).
import { describe, expect, it } from "vitest";
import { parsePosting } from "../../src/index.js";

const PAGE = [
  "Werkstudent Backend (m/w/d) | Kiesel Karten | LinkedIn",
  "0 notifications",
  "---------------",
  "Skip to main content",
  "* Home",
  "* Jobs",
  "Kiesel Karten",
  "Werkstudent Backend (m/w/d)",
  "Hamburg, Hamburg, Germany · Reposted 4 months ago · Over 100 people clicked apply",
  "On-siteFull-time",
  "Apply",
  "About the job",
  "-------------",
  "**Stellenbeschreibung**",
  "* Du entwickelst Karten für unsere Kunden",
  "",
].join("\n");

describe("LinkedIn page copy", () => {
  it("reads role, company, place, workplace and type from the page title and top card", () => {
    const posting = parsePosting(PAGE);
    expect(posting.title).toBe("Werkstudent Backend (m/w/d)");
    expect(posting.company).toBe("Kiesel Karten");
    expect(posting.location.cities).toEqual(["Hamburg"]);
    expect(posting.location.countries).toEqual(["DE"]);
    expect(posting.location.workplace).toBe("onsite");
    expect(posting.employmentType).toBe("full-time");
  });

  it("leaves a page that only mentions LinkedIn to the other readers", () => {
    const posting = parsePosting("# Backend Engineer\n\nFollow Acme | LinkedIn for news.\n");
    expect(posting.title).toBe("Backend Engineer");
  });
});
