// extract/skills.ts — SPEC §1 "skills": title first, then the body in document order; unique;
// the job board's header lines and the company's own product left out.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractSkills } from "../../src/extract/skills.js";
import type { Earlier } from "../../src/core/types.js";

const skillsOf = (text: string, earlier: Earlier = {}) => extractSkills(buildDocument(text), earlier).value;

const BOARD = (title: string, company: string, body: string) =>
  `# [${title}](https://example.com/apply/x)\n### ${company}\n#### \`🌎 Remote\`\n\n${body}\n`;

describe("extractSkills", () => {
  it.each([
    ["title first, then body order", BOARD("Senior Go Engineer", "Acme", "We use Kubernetes, Helm and Docker.\n\n* Postgres/Mysql\n* Go services"), {}, ["Go", "Kubernetes", "Helm", "Docker", "PostgreSQL", "MySQL"]],
    ["each skill once", "Python and Django.\n\nMore Python, more django, more Python.", {}, ["Python", "Django"]],
    // Apple's frameworks; "core ML inference" and sheet metal are no framework.
    ["Apple frameworks, not their words", "Capture using Swift, Metal, ARKit, and CoreML. Run the core ML inference. We bend sheet metal and Sheet Metal.", {}, ["Swift", "Metal", "ARKit", "Core ML"]],
    ["TanStack named as a whole", "Stack: Vue.js, Tailwind, Tanstack", {}, ["Vue.js", "Tailwind CSS", "TanStack"]],
    ["package registries and issue trackers", "Publish to Nuget, PyPi and RubyGems; track work in Redmine or ClickUp.", {}, ["NuGet", "PyPI", "RubyGems", "Redmine", "ClickUp"]],
    ["an Apache Kafka component is that component", "Work with Apache Kafka Connect and Apache Kafka Streams.", {}, ["Kafka Connect", "Kafka Streams"]],
    ["company header line is not a skill", BOARD("Backend Engineer", "Docker", "You know Node.js."), {}, ["Node.js"]],
    ["company's own product left out", "Deploy with Octopus Deploy, Kubernetes and Helm.", { company: "Octopus" }, ["Kubernetes", "Helm"]],
    ["a product the company makes left out", "Our databases run Mimir, Loki and Tempo on AWS.", { company: "Grafana Labs" }, ["AWS"]],
    ["a product of the company's own group left out", "Data flows through Twilio Segment and Kafka.", { company: "Twilio" }, ["Kafka"]],
    ["the same products at another company kept", "Monitoring with Grafana, Loki and Tempo.", { company: "Acme" }, ["Grafana", "Loki", "Tempo"]],
    ["frontmatter skills, keys of a nested map included", "---\ntitle: Dev\nlayout: job\nskills:\n  technical:\n    \"Linux\": 4\n    \"HTML/CSS\": 4\ntechnology:\n  - TypeScript\n---\nWe use Git.", {}, ["Linux", "HTML", "CSS", "TypeScript", "Git"]],
    ["a site template's tag is not read", "{% include stack.html %}\n\nWe use Python.", {}, ["Python"]],
    ["French 'tableau' (a table) is no Tableau; the product is capitalised", "Remplir un tableau de bord.\n\nDashboards in Tableau.", {}, ["Tableau"]],
    ["an HTML comment is not read", "We use Python.\n\n<!--\n## Old role\n\nReact and GraphQL.\n-->\n\nAnd Django.", {}, ["Python", "Django"]],
    ["a product of another company kept", "Deploy with Octopus Deploy and Helm.", { company: "Acme Inc." }, ["Octopus Deploy", "Helm"]],
    ["title from earlier when the text has none", "---\ntitle: Rust developer\n---\nWe love Tokio and Postgres.", { title: "Rust developer" }, ["Rust", "PostgreSQL"]],
    ["tech stack line and nice-to-have list", "**Our Tech Stack:** Golang, CSS/HTML, TypeScript\n\nBonus points:\n\n* Kotlin\n* Cassandra", {}, ["Go", "CSS", "HTML", "TypeScript", "Kotlin", "Cassandra"]],
    ["list items of lone guarded words", "Languages:\n\n* Python\n* Go\n* R", {}, ["Python", "Go", "R"]],
    ["concepts and hiring channels are not skills", "Microservices, REST and CI/CD. Interviews on Zoom; we chat on Slack.", {}, []],
    ["a service spelled as first written, vendor kept only when written", "Queues: SQS and Kafka.\n\n* AWS SQS/SNS\n* AWS Lambda", {}, ["SQS", "Kafka", "SNS", "AWS Lambda"]],
    ["no text, no skills", "", {}, []],
    ["a name in passing about the employer is its business", "## About Acme\n\nCustomers invest in stocks or Bitcoin with us.\n\n## Requirements\n\n* Python", {}, ["Python"]],
    ["a perk naming one tool is no skill", "**What we offer**\n\n* A MacBook Pro and a GitHub Copilot seat\n\n**You have**\n\n* Go experience", {}, ["Go"]],
    ["a stack listed in the benefits still counts", "## Wir bieten dir\n\n* Ein moderner Technologie-Stack (.NET, Kubernetes, Azure)", {}, [".NET", "Kubernetes", "Azure"]],
    ["the team's section names the role's tools", "## About the team\n\nWe build services in Rust.\n\n## About Acme\n\nWe sponsor Kubernetes meetups.", {}, ["Rust"]],
    ["a perk's provider is no skill", "## Benefits\n\n* Fertility support provided by Maven\n\n## Requirements\n\n* Java", {}, ["Java"]],
    ["under a top company heading, the role's own headings are read", "# The Company\n\nWe sell Bitcoin wallets.\n\n## We're currently working with\n\n* Python\n* AWS", {}, ["Python", "AWS"]],
    ["an engineering team's section is the role's", "**About the Engineering Team**\n\nWe introduced GraphQL this year.", {}, ["GraphQL"]],
    ["intro prose without a heading is read", "Acme builds payroll in Elixir.\n\n## What you'll do\n\n* Ship features", {}, ["Elixir"]],
  ])("%s", (_name, text, earlier, expected) => {
    expect(skillsOf(text, earlier)).toEqual(expected);
  });

  it("reads only the first 200,000 characters of a huge body", () => {
    const text = `${`${"word ".repeat(1_000)}\n\n`.repeat(50)}Kubernetes`;
    expect(skillsOf(text)).toEqual([]);
  });
});
