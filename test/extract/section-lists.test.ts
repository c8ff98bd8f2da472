// requirements / niceToHave / responsibilities / benefits (SPEC §1): sections by heading meaning,
// label lines that switch lists, sub-headings kept in the parent, items per list item/bullet/paragraph.
import { describe, expect, it } from "vitest";
import { buildDocument, MAX_BLOCK_CHARS } from "../../src/core/document.js";
import { extractSectionLists, type SectionLists } from "../../src/extract/section-lists.js";
import { parsePosting } from "../../src/index.js";

const lists = (md: string): Partial<SectionLists> => {
  const value = extractSectionLists(buildDocument(md), {}).value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v.length));
};

describe("section lists", () => {
  it.each<[string, string, Partial<SectionLists>]>([
    ["markdown headings of any level", "# T\n\n## Requirements\n\n- Go\n- SQL\n\n### Benefits\n\n- Health\n", { requirements: ["Go", "SQL"], benefits: ["Health"] }],
    ["bold label lines", "**What you bring**\n\n- Go\n\n**Perks**\n\n- Health\n", { requirements: ["Go"], benefits: ["Health"] }],
    ["`Label:` lines and plain-text lists", "Required Skills & Qualifications:\n\n- Flutter\n\n- Git\n", { requirements: ["Flutter", "Git"] }],
    ["a label inside a section switches the list", "## What you bring\n\n**Must have:**\n\n- Elixir\n\n**Nice to have**\n\n- Docker\n", { requirements: ["Elixir"], niceToHave: ["Docker"] }],
    ["a leading bold label with a lead-in", "**Good to have:** Experience working with\n\n- Helm\n", { niceToHave: ["Helm"] }],
    ["sub-headings stay in the parent section", "## Required Qualifications\n\n### Experience\n\n- 6+ years\n\n### System Design\n\n- CAP\n", { requirements: ["6+ years", "CAP"] }],
    ["a sub-heading naming another kind switches", "## Qualifications\n\n### Preferred\n\n- Rust\n", { niceToHave: ["Rust"] }],
    ["a section ends at the next heading of the same level", "## Responsibilities\n\n- Ship\n\n## Tech stack\n\n- Go\n", { responsibilities: ["Ship"] }],
    ["unknown bold sub-labels stay in their section", "**Responsibilities**\n\n**Monitoring**\n\n- Alerts\n\n**Reliability**\n\n- SLOs\n", { responsibilities: ["Alerts", "SLOs"] }],
    ["nested items follow their parent", "## You have:\n\n- Go\n  - Channels\n- SQL\n", { requirements: ["Go", "Channels", "SQL"] }],
    ["a section with a list drops intro, lead-in and outro paragraphs", "**Responsibilities**\n\nWe train models.\n\nExample projects might include:\n\n- Review code\n\nNo experience needed.\n", { responsibilities: ["Review code"] }],
    ["a section without a list gives one item per paragraph", "## About the role\n\nFirst paragraph.\n\nSecond paragraph.\n", { responsibilities: ["First paragraph.", "Second paragraph."] }],
    // A job board's "Additional Information": its list counts as benefits only when the items are perks.
    ["a catch-all heading over a list of perks", "### Additional Information\n\nWe care for our people.\n\n- Private health insurance\n- 25 days of paid vacation\n- A yearly learning budget\n", { benefits: ["Private health insurance", "25 days of paid vacation", "A yearly learning budget"] }],
    // A bare "Compensation" heading: benefits when most items name perks beyond the pay itself.
    ["a compensation heading over pay and perks", "## Compensation\n\n- $70,000 a year\n- 20 days of paid time off\n- Medical and dental insurance\n- A company laptop\n", { benefits: ["$70,000 a year", "20 days of paid time off", "Medical and dental insurance", "A company laptop"] }],
    ["a compensation heading over pay alone", "## Compensation\n\n- Base salary range: $120,000 - $150,000\n- Offers include base salary, equity and benefits\n", {}],
    ["a catch-all heading over other notes", "### Additional Information\n\n- Reasonable accommodation is available on request\n- Background checks apply\n", {}],
    ["a weak label under the catch-all still names its list", "### Additional Information\n\n**Experience:** At least 4 years of test automation\n", { requirements: ["At least 4 years of test automation"] }],
    ["a plain heading on what the hire gains", "## What you'll gain\n\n- A stipend for your desk\n", { benefits: ["A stipend for your desk"] }],
    ["a lead-in that trails off names the list after it", "## What we look for\n\n- Go\n\nThe icing on the cake would be, if ...\n\n- Rust\n", { requirements: ["Go"], niceToHave: ["Rust"] }],
    ["what the hire gets from the company", "You will get this from us:\n\n- Yearly bonus\n", { benefits: ["Yearly bonus"] }],
    ["a heading asking for skills", "### What skills do you need\n\n- PHP 8\n\n### What would make you successful in this position\n\n- Tests\n", { requirements: ["PHP 8", "Tests"] }],
    ["hiring steps after a list are not its items", "**What are we looking for**\n\n- Ownership\n\n**What to expect next**\n\n- A phone call\n", { requirements: ["Ownership"] }],
    // A label's block of one-per-line items ends at the prose paragraph after its blank line.
    ["a label's line block ends at the next prose paragraph", "Nice-to-have qualifications:\n\nAccessibility work.\nSome CSS.\n\nOur design team is a friendly group that values balance and making the office an enjoyable place to be, with snacks and movie days and visits from pets.\n", { niceToHave: ["Accessibility work.", "Some CSS."] }],
    // A wrapped line's start is not a `Label: value` line.
    ["a wrapped line is no inline label",
      "## You?\n\nThere's no minimum level of experience\nrequired: we'll consider everyone.\n", { requirements: ["There's no minimum level of experience required: we'll consider everyone."] }],
    // Lines each marked in text after a lead-in are the list it names.
    ["marked lines after a lead-in", "This is a senior role, working with executive stakeholders and many teams. We are looking for someone with:\n\n✔ Familiarity with SQL  \n✔ A passion for data\n", { requirements: ["Familiarity with SQL", "A passion for data"] }],
    // A heading's prose above a sub-heading's list introduces it; a label line's list does not make it so.
    ["prose above a sub-heading's list", "## About the role\n\nWe need help with support.\n\n### You will\n\n- Answer tickets\n", { responsibilities: ["Answer tickets"] }],
    ["prose above a label line's list", "## About the role\n\nWe need help with support.\n\nYour responsibilities will include:\n\n- Answer tickets\n", { responsibilities: ["We need help with support.", "Answer tickets"] }],
    ["bullet characters written as text mark items", "**Benefits & Perks**\n\n\\- Stock options\n\n\\- Parental leave\n\n_We never ask for fees._\n", { benefits: ["Stock options", "Parental leave"] }],
    ["a plain `Label: value` line opens its section with the value as an item", "Stack: Go, Rust\n\nPerks: 21 days PTO, free lunch\n\nHow to Apply: email us\n", { benefits: ["21 days PTO, free lunch"] }],
    ["a plain-text work label, one item per paragraph", "Acme | Engineer | Remote\n\nThe Work:\n\nSync: Build the sync jobs.\n\nSearch: Rank the results.\n\nStack: Go, Postgres\n", { responsibilities: ["Sync: Build the sync jobs.", "Search: Rank the results."] }],
    ["an inline apply label ends the lines of a section", "The Profile:\nSeniority: Years of shipping.\nPlease apply here: https://acme.example/jobs\nNote: two office days.\n", { requirements: ["Seniority: Years of shipping."] }],
    ["a heading joining the stack and the role", "The Tech & The Role:\n\n- Firmware in C\n- Sensor networks\n", { responsibilities: ["Firmware in C", "Sensor networks"] }],
    ["the problems the team works on are the work", "Some of the problems we're actively working on:\n- Search over calls\n- Agent workflows\n", { responsibilities: ["Search over calls", "Agent workflows"] }],
    ["what the hire will like is a benefit", "What you'll like here:\n\nSmall team, high ownership.\n\nHard audio problems.\n\nMore about us: https://acme.example\n", { benefits: ["Small team, high ownership.", "Hard audio problems."] }],
    ["HN leads: what you'd own, what I am looking for, reasons you'd love working here", "What you'd own:\n- Market integrations\n\nWhat I am looking for:\n- Node.js background\n\nReasons you'd love working with us:\n- Fully remote job\n", { responsibilities: ["Market integrations"], requirements: ["Node.js background"], benefits: ["Fully remote job"] }],
    ["a pitch to the reader's tastes names no list", "Come work with us if you love:\n\n* Prototypes\n\n* Big machines\n", {}],
    ["an inline note stays prose", "**About the job**\n\nWe build travel.\n\nPlease note: east coast only.\n", { responsibilities: ["We build travel.", "Please note: east coast only."] }],
    ["emoji bullets mark items", "Benefits:\n\n✨ Remote work\n\n✨ Equity\n", { benefits: ["Remote work", "Equity"] }],
    ["a repeated block is kept twice", "**You Have:**\n\nLinux\n\n**About Us**\n\nWe.\n\n**You Have:**\n\nLinux\n", { requirements: ["Linux", "Linux"] }],
    ["a hiring-process label ends the list before it", "**What will help you succeed in this role:**\n\n- 5+ years of Java\n\n**Here's what you can expect from our hiring process:**\n\n- A call with our recruiters\n", { requirements: ["5+ years of Java"] }],
    ["a values label ends the list before it", "**What we look for in this role**\n\n- Go\n\n**What we value**\n\n- We value a growth mindset\n", { requirements: ["Go"] }],
    ["a 'tools we use' label ends the list before it", "**Bonus Points**\n\n- Open source work\n\n**Some tools that we use**\n\n- Nginx\n", { niceToHave: ["Open source work"] }],
    ["a pitch in prose, then a 'You will…' label over duties", "**Why you'll love this role:**\n\nWe ship fast.\n\n**As a member of our team, you will...**\n\n- Measure production systems\n", { responsibilities: ["Measure production systems"] }],
    ["a sentence-long lead-in naming the benefits package opens benefits", "**Requirements**\n\n- Go\n\nAs an Acme employee, you'll receive our traditional benefits package (health care, vision, dental, paid time off, etc.), plus you'll:\n\n- Work a nine-day fortnight\n", { requirements: ["Go"], benefits: ["Work a nine-day fortnight"] }],
    ["'You'll also get:' lists perks, not duties", "**You have**\n\n- Go\n\nYou'll also get:\n\n- A home-office budget\n", { requirements: ["Go"], benefits: ["A home-office budget"] }],
    ["'Here's what you can look forward to:' after a sentence", "**You have**\n\n- Go\n\nWe believe in rewarding our team. Here's what you can look forward to:\n\n- Equity\n", { requirements: ["Go"], benefits: ["Equity"] }],
    ["'What you can expect:' over perks is benefits", "### What you can expect:\n\n- Open PTO policy\n- 401(k) matching\n", { benefits: ["Open PTO policy", "401(k) matching"] }],
    ["'What you can expect:' over duties is responsibilities", "### What you can expect:\n\n- Be the main technical point of contact\n- Prepare proposals and respond to RFPs\n", { responsibilities: ["Be the main technical point of contact", "Prepare proposals and respond to RFPs"] }],
    ["perks written as bold run-in names stay items of the benefits", "**Our benefits**\n\n**Health:** full medical coverage\n\n**Time off:** 25 days a year\n", { benefits: ["Health: full medical coverage", "Time off: 25 days a year"] }],
    ["a lead-in whose last sentence points back is named by the sentence before", "**Requirements**\n\n- Go\n\n**At Acme, we strive to offer a competitive compensation and benefits package. For permanent, full-time staff, this includes:**\n\n- 13th month pay\n", { requirements: ["Go"], benefits: ["13th month pay"] }],
    ["a pointing-back lead-in after a sentence naming nothing is no label", "**Requirements**\n\n- Go\n\nWe like tidy code that others can read and change without fear. For this role, this includes:\n\n- Tests\n", { requirements: ["Go", "Tests"] }],
    ["a long lead-in about the company's values ends the list before it", "**You have**\n\n- Ruby experience\n\n**Acme's growth has been fuelled by our values that underpin everything we do, here's how they relate to this role:**\n\n- Driven - We are innovators\n", { requirements: ["Ruby experience"] }],
    ["bold markers left as text inside an item are dropped", "## Requirements\n\n* *     *  **Driven** \\- We are driven\n* Experience with **** message queues\n", { requirements: ["Driven - We are driven", "Experience with message queues"] }],
    ["company and pitch sections contribute nothing", "## About us\n\n- Founded 2010\n\n**Why should you join?**\n\nWe are great.\n", {}],
    ["a 'Why work here' section counts when it lists offerings", "**Why work on Outlier?**\n\n- Weekly payouts\n", { benefits: ["Weekly payouts"] }],
    ["a 'Compensation Package' heading over a list of what is offered gives benefits", "## Compensation Package\n\n- Health cover\n- Four weeks off\n", { benefits: ["Health cover", "Four weeks off"] }],
    ["a 'Compensation Package' heading over a note on how the job is paid gives nothing", "## Compensation Package\n\nWe can hire salaried or hourly, and part-time staff may join our benefits plan.\n", {}],
    ["empty and mark-only items are dropped", "## Benefits\n\n- \n- Health\n\n__\n", { benefits: ["Health"] }],
    ["a long emphasized sentence is a note, not a heading", "**Preferred Qualifications**\n\n**While having these helps your candidacy, having all of them is not required for this role at all.**\n\n- Rust\n", { niceToHave: ["Rust"] }],
    ["bold markers left as text around a label", "**Day-to-Day  \n**\n\n- Write courses\n\n** Equal Opportunities Monitoring**\n\nWe hire fairly.\n", { responsibilities: ["Write courses"] }],
    ["a colon label closed by emphasis", "## Additional Information\n\n_Pay is fair.\n\nAcme offers benefits including:_\n\n- Health\n- _12 Paid Holidays\n", { benefits: ["Health", "12 Paid Holidays"] }],
    ["text bullets: o, --, a glued dash", "Requirements:\n\no Linux skills\n\no Python\n\nJob Responsibilities:\n\\-- Design pipelines\n\\-- Run them\n\n**Bonus**\n\n-Kotlin\n\n-Rust\n", { requirements: ["Linux skills", "Python"], responsibilities: ["Design pipelines", "Run them"], niceToHave: ["Kotlin", "Rust"] }],
    ["star-marked lines are prose that loses its stars; a footnote after a list is dropped", "**Bonus Skills**\n\n***** Swift\n\n*Healthcare experience\n\n**Perks**\n\n- PTO\n\n*This role can include 25% travel\n", { niceToHave: ["Swift", "Healthcare experience"], benefits: ["PTO"] }],
    ["a plain 'Minimum Requirements' line switches", "**The Role**\n\nWe build compilers.\n\nMinimum Requirements\n\nStrong C++\n", { responsibilities: ["We build compilers."], requirements: ["Strong C++"] }],
    ["'You will have' under benefits is a lead-in", "**Acme Benefits**\n\nWhy Acme? We care.\n\nYou will have\n\n- PTO\n", { benefits: ["PTO"] }],
    ["a 'Job Description' wrapper counts only with a list", "### Job Description\n\nWe are hiring.\n\n- Build APIs\n\n## Other\n\n### Job Description\n\nJob Title: Engineer\n", { responsibilities: ["Build APIs"] }],
    ["a long paragraph after a run of short lines is not an item", "We offer:\n\nEquity\n\nFlexible hours\n\n" + "As the only company focused on Java, we are reimagining how customers use it, and our platform runs the most demanding workloads of the largest enterprises in finance, retail and travel across the world today, with teams in a dozen countries and customers on every continent.\n", { benefits: ["Equity", "Flexible hours"] }],
    ["frontmatter lists named like sections", "---\ntasks:\n- Work on <a href=\"https://x.test\">Sphinx</a> extensions.\nbenefits_extra:\n- Conferences\ntechnology:\n- Python\n---\n\nIntro.\n", { responsibilities: ["Work on Sphinx extensions."], benefits: ["Conferences"] }],
    ["list items that are labels switch the list", "## Qualifications\n\n* **Must have:**\n* Go\n* **Preferred experience:**\n* Rust\n* Bonus:\n  * Zig\n", { requirements: ["Go"], niceToHave: ["Rust", "Zig"] }],
    ["a list item naming a section only inside a sentence stays an item", "## Requirements\n\n* Experience with these is a plus:\n* Go\n", { requirements: ["Experience with these is a plus:", "Go"] }],
    ["a label glued to the end of an item after a lost line break", "Key Responsibilities:\n\\- Ship features.Preferred Skills:  \n\\- Rust\n", { responsibilities: ["Ship features."], niceToHave: ["Rust"] }],
    ["a long lead-in names its list in its last sentence", "**Responsibilities**\n\n- Ship\n\nSuccess here depends on how you work. You should apply if you have (we know, it is a lot. Apply anyway):\n\n- Go\n", { responsibilities: ["Ship"], requirements: ["Go"] }],
    ["a soft heading whose lead-in says what is asked", "**Would be great if you brought this**\n\nWe are looking for an experienced tester to join the quality team:\n\n- Write test plans\n", { requirements: ["Write test plans"] }],
    // …but one naming what working there is like lists perks, whatever heading it sits under.
    ["a lead-in naming perks takes a duties heading's first list", "## The Role\n\nWe need a backend engineer. Here are some of the good things about working at Acme:\n\n- Open source work\n- Growth\n", { benefits: ["Open source work", "Growth"] }],
    // A plain-text role line framed by dashes is no bullet: the lines under it are not its wrapped text.
    ["an inline label under a framed role line", "-- SENIOR SRE --\nYou keep things up.\nRequirements: on-call experience, Linux\n\n-- DESIGNER --\nYou draw.\nRequirements: a portfolio\n", { requirements: ["on-call experience, Linux", "a portfolio"] }],
    // A plain line longer than a label is a heading when it is in title case right before a list.
    ["a long title-case line before a list", "## What you bring\n\n- Numbers\n\nYour Future Brand and Content Marketing Team\n\n- We are geeks\n\nNice to Haves But Not Required\n\n- Startup time\n", { requirements: ["Numbers"], niceToHave: ["Startup time"] }],
    ["a long sentence-case line before a list stays prose", "## What you bring\n\n- Numbers\n\nAnd here is what the team is like to work with\n\n- Kind people\n", { requirements: ["Numbers", "Kind people"] }],
    ["objectives and qualities headings", "### Objectives of this role\n\n- Keep the lights on\n\n## Qualities we value\n\n- Curiosity\n", { responsibilities: ["Keep the lights on"], requirements: ["Curiosity"] }],
    ["a lead-in does not take a firm heading's first list", "**What you'll do**\n\nWe grow fast.\n\nWe're looking for engineers who love to build things in areas such as:\n\n- Talk to developers\n", { responsibilities: ["Talk to developers"] }],
    ["a duty group named after requirements work is no label", "## Responsibilities\n\n* **Requirements Gathering and Analysis:**\n* Interview clients\n", { responsibilities: ["Requirements Gathering and Analysis:", "Interview clients"] }],
    ["task-list boxes are not text", "## Requisitos\n\n- [x] After Effects\n- [ ] Docker\n", { requirements: ["After Effects", "Docker"] }],
    ["lines under a label are one item each when every line after the first starts a capital", "**Diferenciais**\nteste mobile e segurança\nCI/CD\n", { niceToHave: ["teste mobile e segurança", "CI/CD"] }],
    ["wrapped prose under a label stays one item", "**Requisitos**\nExperiência com testes\nautomatizados e CI\n", { requirements: ["Experiência com testes automatizados e CI"] }],
    ["an unknown label ends the list when a known one names nothing", "**Compétences souhaitées**\n\n- Redis\n\n**Modalités**\n\n- Localisation : Paris\n", { niceToHave: ["Redis"] }],
    ["an issue form's question is a field, not a section", "### ¿La posición necesita saber inglés?\n\nYes\n\n### Email asociado a tu cuenta de GitHub (opcional)\n\na@b.test\n", {}],
    // Copies that lost blank lines: a label as the last line of a paragraph before a list, or run on into an item.
    ["a label closing a paragraph opens the list after it", "Bist du bereit?\n**Stellenbeschreibung**\n* Entwickeln von Features\n", { responsibilities: ["Entwickeln von Features"] }],
    ["a label run on into an item opens the next list", "## Aufgaben\n\n* Code schreiben\n**Qualifikationen**\n* Java\n", { responsibilities: ["Code schreiben"], requirements: ["Java"] }],
    ["a wrapped line of an item is no label", "## Requirements\n\n* At least 4 years (Internship experience does not\napply)\n* Swift\n", { requirements: ["At least 4 years (Internship experience does not apply)", "Swift"] }],
    // A lead-in naming the duties by their noun among its last words names the list after it.
    ["a lead-in naming the duties", "## ¿Por qué necesitamos un ingeniero?\n\nQueremos crecer con orden. Las principales responsabilidades que esperamos que tomes son:\n\n- Gestionar AWS\n", { responsibilities: ["Gestionar AWS"] }],
    ["a lead-in naming the projects", "Acme | Engineer | Remote\n\nYou pick the work that suits you. Projects vary a lot, and include:\n\n- Lab tools\n- Robot control\n", { responsibilities: ["Lab tools", "Robot control"] }],
    ["a duty noun early in a lead-in about something else", "## Details\n\nBecause the responsibilities of this role are open-ended, some areas of experience that may be relevant are listed below:\n\n- React\n", {}],
    ["a long lead-in not before a list changes nothing", "## Requirements\n\n- Go\n\nWe are looking for people who share our values and want to grow with us:\n\nThanks.\n", { requirements: ["Go"] }],
    // Plain-text comments: a field naming a list inside a list of details holds its own value.
    ["a list field among details fills its list, and the details go on", "Details:\n\n- Salary: $90k\n- Perks: Stock options, four-day week\n- Team: six people\n", { benefits: ["Stock options, four-day week"] }],
    ["a list field among details names the duties", "Details:\n\n- Stack: Go\n- Role: Own our billing service end to end, and help hire the next two engineers.\n- Requirements: Three years of Go.\n", { responsibilities: ["Own our billing service end to end, and help hire the next two engineers."], requirements: ["Three years of Go."] }],
    ["a field inside a section that names its list stays its item", "## Requirements\n\n- Go\n- Bonus: Rust\n", { requirements: ["Go", "Bonus: Rust"] }],
    ["the manager a hire reports to is no duty", "Details:\n\n- You'll report to: Head of Data\n- Team: Data\n", {}],
    ["a 'not a fit if' line is no requirement", "Looking for:\n- Go\n\nNot a fit if: you want a big company.\n", { requirements: ["Go"] }],
    // A list run onto one line after its label.
    ["a flattened list after a label gives one item per dash", "Perks: - Health cover - Yearly offsite - Book budget (up to $500 - $800)\n", { benefits: ["Health cover", "Yearly offsite", "Book budget (up to $500 - $800)"] }],
    ["a label's value without a leading dash stays one item", "Perks: health cover, yearly offsite - twice\n", { benefits: ["health cover, yearly offsite - twice"] }],
    // An unindented line after an item: plain text's next line, not the item's (markdown would run it on).
    ["a new sentence on an unindented line after an item is the next item", "Duties:\n- Teach two courses.\nGrade the exams.\n", { responsibilities: ["Teach two courses.", "Grade the exams."] }],
    ["a label on an unindented line after an item opens its list", "Requirements:\n  - Go\n  - EU residency\nPerks: - Health cover - Yearly offsite\nWrite to jobs at example dot test\n", { requirements: ["Go", "EU residency"], benefits: ["Health cover", "Yearly offsite"] }],
    ["a wrapped line in lower case stays in the item", "Duties:\n- Teach two courses and\ngrade the exams.\n", { responsibilities: ["Teach two courses and grade the exams."] }],
    ["a line after a comma stays in the item", "Requirements:\n- One of: Go,\nRust, Zig\n", { requirements: ["One of: Go, Rust, Zig"] }],
    ["a line after a hard break stays in the item", "## Duties\n\n* Teach two courses.  \nGrade the exams.\n", { responsibilities: ["Teach two courses. Grade the exams."] }],
    // A sentence-long lead-in that calls what follows an extra, in each language.
    ["a French lead-in calling the list a plus", "## Votre profil\n\n- PHP\n\nSi en plus de ça, vous avez une expérience des éléments suivants, ce serait notre petite cerise sur le gâteau 🍒 :\n- React\n", { requirements: ["PHP"], niceToHave: ["React"] }],
    ["a French lead-in calling the list appreciated", "## Aspects techniques\n\nLes connaissances et expériences suivantes seront appréciées et pourront faire la différence :\n\n- Sass\n", { niceToHave: ["Sass"] }],
    ["a Spanish lead-in calling the list valued", "## Requisitos\n\n- Python\n\nAdemás, aunque no es imprescindible para el puesto, también valoraremos mucho lo siguiente:\n\n- Django\n", { requirements: ["Python"], niceToHave: ["Django"] }],
    ["a lead-in using 'plus' as 'more' names nothing", "## Votre profil\n\n- PHP\n\nNous voulons en savoir plus sur les personnes qui nous rejoignent, en particulier sur :\n\n- Go\n", { requirements: ["PHP", "Go"] }],
    // French and Spanish duty and skill headings.
    ["'La mission' heads the duties", "## La mission\n\n- Concevoir et innover\n", { responsibilities: ["Concevoir et innover"] }],
    ["'Notre mission quotidienne ?' heads the duties, 'Notre mission' the employer's", "**Notre mission quotidienne ?**\n\n- Coder\n\n## Notre mission\n\n- Rendre le web utile\n", { responsibilities: ["Coder"] }],
    ["'Le poste m'intéresse !' is how to apply", "## Le poste m'intéresse !\n\nÉcrivez-nous.\n\n[**Sysadmin**](/jobs/sysadmin)\n", {}],
    ["'¿Qué tienes que saber?' heads the requirements", "**¿QUÉ TIENES QUE SABER?**\n\n- Python\n", { requirements: ["Python"] }],
    // A blog post whose first heading is a section: that heading opens its list (there is no board title to skip).
    ["a first heading naming a section under frontmatter", "---\ntitle: Acme recrute\n---\n# Profil recherché\n\nOn attend deux ans d’expérience.\n\nLes diplômes ? C’est du papier.\n", { requirements: ["On attend deux ans d’expérience.", "Les diplômes ? C’est du papier."] }],
    // "**Rol**: Ingeniero Backend" names the title, not the duties.
    ["a local title field opens no duties", "**Rol**: Ingeniero Backend\n**Industria**: Retail\n\nSomos una empresa.\n", {}],
    // A short line giving an e-mail address after a label's lines is how to apply.
    ["an apply line with an address ends a label's lines", "**REQUISITOS:**\nExperiencia en Javascript.\nExperiencia con HTML.\n\nSi te interesa puedes enviarnos tu CV a jobs@example.test\n", { requirements: ["Experiencia en Javascript.", "Experiencia con HTML."] }],
  ])("%s", (_name, md, expected) => {
    expect(lists(md)).toEqual(expected);
  });

  it("reads a plain 'Required Qualifications' line as the requirements heading, not a line of the list before it", () => {
    expect(lists("Acme | Onsite\n\nResponsibilities\n- Teach courses.\n\nRequired Qualifications\n- A degree.\n")).toEqual({ responsibilities: ["Teach courses."], requirements: ["A degree."] });
  });

  it("skips the job board's title header even when it names a section", () => {
    expect(lists("# [Benefits Specialist](https://x.test/a)\n### Acme\n\n## Responsibilities\n\n- Run payroll\n")).toEqual({ responsibilities: ["Run payroll"] });
  });

  // Its time is measured by scripts/hostile.mjs; here, what comes out of it.
  it("reads a hostile 200,000-character line as one capped item", () => {
    const doc = buildDocument(`## Requirements\n\n${"• ".repeat(100_000)}\n\n${"a:".repeat(100_000)}\n\n**${"Nice to have ".repeat(15_000)}**\n`);
    const { value } = extractSectionLists(doc, {});
    expect(value.requirements).toHaveLength(1);
    expect(value.requirements[0].length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect([value.niceToHave, value.responsibilities, value.benefits]).toEqual([[], [], []]);
  });
});

describe("a bare line with a possessive heads its section", () => {
  it("reads 'Deine Aufgaben' on a line of its own as the duties' heading", () => {
    const text = "# Entwickler\n\nDu arbeitest mit einem tollen Team und wir legen großen Wert auf Qualität und Weiterbildung.\n\nDeine Aufgaben\n\n- APIs entwickeln\n- Code prüfen\n\nDein Profil\n\n- Java\n";
    const posting = parsePosting(text);
    expect(posting.responsibilities).toEqual(["APIs entwickeln", "Code prüfen"]);
    expect(posting.requirements).toEqual(["Java"]);
  });
});
