// company (SPEC §1): header unless a placeholder, fields/frontmatter, then the body's own name.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractCompany } from "../../src/extract/company.js";

const head = (company: string) => `# [Engineer](https://www.remotewlb.com/apply/engineer)  \n### ${company}  \n#### \`🌎 Remote\`  \n\n`;
const companyOf = (text: string) => extractCompany(buildDocument(text), {}).value;

describe("company", () => {
  it.each([
    [head("Reddit") + "Text.\n", "Reddit"],
    // A first line announcing the hire names the company as its subject, without its YC batch.
    ["Converge (YC S23) Is Hiring a Founding Platform Engineer (NYC, Onsite)\n\nWe build things.\n", "Converge"],
    ["Jiga (YC W21) Is Hiring\n\nText.\n", "Jiga"],
    ["Hey HN — we are hiring\n\nText.\n", null],
    ["Who is hiring: everyone\n\nText.\n", null],
    // A header's first segment that speaks, describes or runs into a sentence names no company.
    ["We are - REMOTE US Hours - Engineering and support roles\n\nText.\n", null],
    ["Small boutique consulting | Remote (US) | part-time\n\nText.\n", null],
    ["We The Gardeners | Remote | Part-time\n\nText.\n", "We The Gardeners"],
    // Brackets around the segments after the name, and a "(formerly …)" note, are not part of it.
    ["Pine Data (FKA Larch) [ Global | 100% Remote | Multiple Roles: Eng, Support ]\n\nText.\n", "Pine Data"],
    // A header's company segment written as a hiring sentence is its subject.
    ["Maiven is hiring again! Maiven | Full-Stack Engineer | Remote (US)\n\nText.\n", "Maiven"],
    // A careers page's `### …` sections after its title are not the company line.
    ["# Backend Engineer\n\n### About Lumenworks\n\nWe make lamps.\n", "Lumenworks"],
    ["# Office Assistant\n\n### Responsibilities:\n\n- Plan trips\n", null],
    ["### Division: Digital Services\n### Grade: C1\n### Location: Edinburgh\n\nText.\n", null],
    ["# Backend Engineer\n\n### Lumenworks\n\nWe make lamps.\n", "Lumenworks"],
    // A bold lead-in label names the company as a heading would.
    ["---\ntitle: Designer\n---\n\n**About Pinecrest:** Pinecrest is a small studio. Pinecrest designs parks.\n", "Pinecrest"],
    // A run-in label of a plain line names it too; a forms host in the apply link is no employer.
    ["---\ntitle: Assistant\napply_link: https://forms.formhost.com/f/1\n---\n\nAbout Pinecrest: Pinecrest is a small studio. Try Formhost.\n", "Pinecrest"],
    // A heading after an emoji, and a brand written as its domain name.
    ["# 🧳 Careers at lumen.dev\n\n## QA Engineer\n\n- Testing\n", "lumen.dev"],
    // A short question on a line of its own reads as a heading ("Why join …?").
    ["We are looking for an intern to join Brightloom soon.\n\nWhy join Brightloom?\n\n- Yoga\n", "Brightloom"],
    // A first line whose subject holds a pronoun is a clause, not a name.
    ["For our Product Team we are looking for a Frontend Developer.\n\nText.\n", null],
    // Frontmatter keys by meaning.
    ["---\ntitle: Desarrollador\nempresa: Acme Ibérica\n---\n\nTexto.\n", "Acme Ibérica"],
    [head("Careers at Tide") + "Text.\n", "Tide"],
    [head("Raft Company Website") + "Text.\n", "Raft"],
    [head("None") + "Deel and our family of growing companies are made up of global teams.\n", "Deel"],
    [head("None") + "Here at Wonders, we build things. Wonders is growing.\n", "Wonders"],
    [head("None") + "At **d-Matrix** , we are focused on AI.\n", "d-Matrix"],
    [head("") + "## About Standard Bots\n\nWe build robots.\n", "Standard Bots"],
    [head("None") + "Welcome to Welltech. We make apps.\n", "Welltech"],
    [head("None") + "Founded in 2012, Playson develops games.\n", "Playson"],
    // A hiring sentence names its subject; an article and the initials around it are not the name.
    ["---\ntitle: Designer\norganization: EFF is hiring for a designer.\n---\n\nThe Electronic Frontier Foundation (EFF) is seeking a designer. EFF is a great place to work.\n", "Electronic Frontier Foundation"],
    ["---\ntitle: Designer\norganization: Ostara is hiring for a designer.\n---\n\nWe draw maps.\n", "Ostara"],
    ["# Maintainer\n\nThe DDEV community is seeking maintainers. DDEV needs help.\n", "DDEV"],
    [head("None") + "Bounteous is a premier digital transformation consultancy. Bounteous grows.\n", "Bounteous"],
    [head("None") + "Scheduling touches many applications at Rula. It is the core of Rula’s business.\n", "Rula"],
    [head("None") + "Since 2007, Geoforce has been an industry leader in GPS tracking.\n", "Geoforce"],
    [head("None") + "As the world's first and largest NFT marketplace, OpenSea is pioneering a new frontier.\n", "OpenSea"],
    [head("None") + "We care. The Security Team at Rula is responsible for patient data.\n", "Rula"],
    [head("None") + "As a remote-first company, we enable our team. As a Senior Engineer, You will build.\n", null],
    ["# Admin\n\nOpen Collective Foundation (OCF) is a nonprofit fiscal sponsor.\n\nOCF is a tech-first nonprofit. OCF grows.\n", "Open Collective Foundation"],
    [head("None") + "## About Us\n\n**About The Role**\n\nJoin Our Team today.\n", null],
    [head("None") + "Our client is a leading innovator. This company is an innovative technology company.\n", null],
    [head("None") + "Python is a plus. Python is a plus.\n", null],
    ["# Senior Engineer\n\n## Company Overview\n\nWe are a technology leader building systems.\n", null],
    ["Company: Faqta\nType: Full-time\n\nBackend Developer\n", "Faqta"],
    // A frontmatter value describing an unnamed client is no name.
    ["---\ntitle: Ingénieur\ncompany: Logiciels open source\n---\n\nTexte.\n", null],
    ["---\ntitle: Ingénieur\ncompany: Open Source Labs\n---\n\nTexte.\n", "Open Source Labs"],
    // A careers page naming itself in prose, without a cue word before the name.
    ["---\ntitle: Designer\n---\n\nWe are Quillby Travel (part of the Quillby group); we sell short breaks.\n", "Quillby Travel"],
    ["---\ntitle: Designer\n---\n\nHi! We're Ontrail. We map hiking paths.\n", "Ontrail"],
    ["---\ntitle: Designer\n---\n\nWe are Generous, Curious, and Kind. We map hiking paths.\n", null],
    ["---\ntitle: Developer\n---\n\nLife at eCare Kenya means working on clinics' software.\n", "eCare Kenya"],
    // The site named in a frontmatter page title beside the posting's own title.
    ["---\ntitle: DevOps Engineer\nmetaTitle: DevOps Engineer - Brightwave Labs\n---\n\nWe run servers.\n", "Brightwave Labs"],
    ["---\ntitle: Backend Engineer | Tallow\n---\n\n# Backend Engineer\n\nWe run servers.\n", "Tallow"],
    // An applicant-tracking link names the company when the text writes its name.
    ["---\ntitle: Developer\n---\n\nOur ovens at Sun Bakery run all night.\n\n[Nairobi](https://sunbakery.bamboohr.com/jobs/view.php?id=8)\n", "Sun Bakery"],
    ["TextQL | Senior Software Engineer | ONSITE\n\nText.\n", "TextQL"],
    ["ReadWorks (YC-backed nonprofit) | REMOTE (US) | Contract\n\nText.\n", "ReadWorks"],
    ["---\ntitle: Engineer\nhiringOrganization:\n  name: CyBOK\n---\n\nText.\n", "CyBOK"],
    ["# Designer\n\nWe love design at Made Tech.\n\nApply at https://www.madetech.com/careers/designer\n", "Made Tech"],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});
