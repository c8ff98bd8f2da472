// title (SPEC §1): header link text, frontmatter, first role heading, field, stand-alone line.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractTitle } from "../../src/extract/title.js";

describe("title", () => {
  it.each([
    ["# [Senior Software Engineer, Deployment ](https://www.remotewlb.com/apply/x)  \n### Reddit\n", "Senior Software Engineer, Deployment"],
    ["---\ntitle: Hiring our next Community Manager\n---\n\n## Background and role context\n\nText.\n", "Hiring our next Community Manager"],
    ['---\ntitle: "Senior Node.js Developer "\n---\n\nText.\n', "Senior Node.js Developer"],
    ["# Hiring\n\n## Acme: Finance Admin\n\nText.\n", "Acme: Finance Admin"],
    // A heading written as a page title ("Careers - …") gives way to the posting's own heading after it.
    ["# Careers - Software Engineer, Core\n\nEngineering\n\n# Senior Software Engineer\n\nText.\n", "Senior Software Engineer"],
    ["# Careers - Software Engineer\n\nText.\n", "Careers - Software Engineer"],
    ["# Lead Content Designer \n\n- Location: London\n", "Lead Content Designer"],
    // A heading that is only the job's hours or place is a tag over the role's heading.
    ["##### FULL-TIME\n\n## Pastry Chef\n\nEarly starts.\n", "Pastry Chef"],
    // The opening heading keeps its place tag and company however many words they make; a pipe line's role segment is the title.
    ["# [Metrô São Bento-Centro-São Paulo] Desenvolvedor (a) Android Kotlin Pleno em Lumina Digital Solutions\n\nTexto.\n", "[Metrô São Bento-Centro-São Paulo] Desenvolvedor (a) Android Kotlin Pleno em Lumina Digital Solutions"],
    ["# Acme | Amsterdam, The Netherlands | FULL-TIME | ONSITE | Founding Product Engineer\n\nText.\n", "Founding Product Engineer"],
    // A frontmatter title written as a list of its lines.
    ['---\ntitle:\n  - "Nous recherchons"\n  - "un·e Développeur·euse web"\n---\n\n# Qui sommes-nous ?\n', "Nous recherchons un·e Développeur·euse web"],
    // A LinkedIn page copy: "Role | Company | LinkedIn" over the site's navigation.
    ["Werkstudent Backend (m/w/d) | Kiesel | LinkedIn\n0 notifications\n---------------\nSkip to main content\n* Home\n* Jobs\n", "Werkstudent Backend (m/w/d)"],
    ["Company: Faqta\nType: Full-time\n\nMedior Backend Developer (Node.js)\n\nFaqta builds things.\n", "Medior Backend Developer (Node.js)"],
    ["TextQL | Senior Software Engineer (FT) | ONSITE | New York City\n\nCompany: TextQL is great.\n", "Senior Software Engineer (FT)"],
    ["ReadWorks | REMOTE (US) | Contract\n\nWe're looking for a Senior Data Engineer to help us.\n", "Senior Data Engineer"],
    // A header naming no role over a list of one open role: that role; two roles: none.
    ["Acme | Remote (UK) | https://acme.example\n\nOpen roles:\nSupport Engineer £30k–£55k | Full-time\n\nWe build clinics.\n", "Support Engineer"],
    ["Acme | Remote | Full-time\n\nWe're hiring for:\n\n- Founding Engineer - London | https://jobs.example/1\n- Founding Engineer - Tallinn (remote) | https://jobs.example/2\n", "Founding Engineer"],
    ["Acme | Remote | Full-time\n\nWe're hiring for:\n\n- Backend Engineer\n- Product Designer\n", null],
    // A `Role:` field that describes the job is no title: the hiring sentence names the role.
    ["Acme | New York City | partial onsite\nWe're looking for a Senior Front-End Developer to own our design system.\n\n* Role: Lead our front-end codebase, design a component library, and mentor the team.\n", "Senior Front-End Developer"],
    ["Acme | Remote | Commission\n\nRole: Own outbound calls, email and demos. You eat what you kill.\n", null],
    ["Role: Backend Developer.\n\nWe build boats.\n", "Backend Developer."],
    // A heading ending in a colon or holding a link introduces content; it names no role.
    ["Acme | Full-Time | Hybrid - Los Angeles\n\n# Our stack is awesome:\nVercel, Neo4j\n\n# Blue Pill: Apply here (https://acme.dev/careers)\n", null],
    // The first line names the role though prose follows it with no blank line; a long unpunctuated line is prose.
    ["Data Engineer and Platform Engineer\nWe are Acme GmbH, a young startup.\n\nWe keep building the platform after launch and are looking for engineers who like it\n", "Data Engineer and Platform Engineer"],
    // "Company — Role" alone on the first line.
    ["Harbor Goods — Senior Director, Analytics\nLocation: Austin, TX\n\nText.\n", "Senior Director, Analytics"],
    // "<Company> is hiring a <role>": the role after the verb.
    ["Roboflow (YC S20) Is Hiring a Security Engineer for AI Infra\n\nWe build vision tools.\n", "Security Engineer for AI Infra"],
    ["Acme is hiring for Senior Typescript Engineers\n\nText.\n", "Senior Typescript Engineers"],
    // A page title (role + site suffix) gives way to the posting's heading, else keeps its role segment.
    ["---\ntitle: Data Engineer - Jobs\n---\n\n# Senior Data Engineer\n\nText.\n", "Senior Data Engineer"],
    ["---\ntitle: Careers | Acme\n---\n\n## Platform Engineer\n\nText.\n", "Platform Engineer"],
    ["---\ntitle: Data Engineer | Careers at Acme\n---\n\nWe build boats.\n", "Data Engineer"],
    // The page's own heading plus the site's name, however the site is written.
    ["---\ntitle: Senior Engineer | Acme Careers\n---\n\n# Senior Engineer\n\nText.\n", "Senior Engineer"],
    ["---\ntitle: Staff Engineer - Nimbly\n---\n\n## Staff Engineer\n\nText.\n", "Staff Engineer"],
    ["---\ntitle: Data Engineer | Quillbit Jobs\n---\n\nWe build boats.\n", "Data Engineer"],
    // A site generator's unrendered variable is a placeholder.
    ["---\ntitle: \"{{ page.role }}\"\nrole: QA Engineer\n---\n\nText.\n", "QA Engineer"],
    // A template placeholder gives way to a `Role:` line.
    ["---\ntitle: Job Post Template\n---\n\nRole: Backend Developer\n\nWe build boats.\n", "Backend Developer"],
    // An issue form's placeholder heading gives way to the answer of its title question.
    ["# New Job\n\n### Nombre de la compañía\n\nAcme\n\n### Título del trabajo\n\nSoftware Development Engineer\n", "Software Development Engineer"],
    // A page's one top heading over its section headings is its title, however long.
    ["---\ntitle: \"\"\n---\n\n<div><h2>Génération automatique de légendes pour les figures des brevets et détection des revendications qui les citent</h2>\n<h3>Contexte et atouts du poste</h3>\n<p>Texte.</p>\n<h3>Responsabilités</h3>\n<p>Texte.</p></div>\n", "Génération automatique de légendes pour les figures des brevets et détection des revendications qui les citent"],
    // So does a board's segmented issue title over the same form.
    ["# Lumen | Data Engineer | 2 Location(s)\n\n### Nombre de la compañía\n\nLumen\n\n### Título del trabajo\n\nData Engineer\n", "Data Engineer"],
    ["---\ntitle: We Are Hiring!\n---\n\n## Compiler Engineer\n\nText.\n", "Compiler Engineer"],
    ["# 🧳 Careers at Acme\n\nWe have openings.\n\n## QA Engineer\n\nText.\n", "🧳 QA Engineer".slice(3)],
    // A title with a separator but no site word is the role as written.
    ["---\ntitle: Designer - UX/UI\n---\n\n## About\n\nText.\n", "Designer - UX/UI"],
    ['+++\ntitle = "Senior Backend Engineer"\n+++\n\n## The Role\n\nText.\n', "Senior Backend Engineer"],
    ["> write hello@acme.com to apply\n\n**Full-time job opportunity**\n", null],
    ["Company: Karma8\nLocation: Remote\n\nRussian-speaking team\n\nKarma8 builds storage.\n", null],
  ])("%j → %s", (text, expected) => {
    expect(extractTitle(buildDocument(text)).value).toBe(expected);
  });
});
