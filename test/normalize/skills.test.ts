// normalize/skills.ts — the vocabulary lookup and the rules for ambiguous words (SPEC §1 "skills").
import { describe, expect, it } from "vitest";
import { findSkills, skillIndexRows } from "../../src/normalize/skills.js";
import { SKILL_VOCABULARY } from "../../src/normalize/data/skills.js";
import { SKILL_INDEX_JSON } from "../../src/normalize/data/skill-index.generated.js";

const names = (text: string, title = false) => findSkills(text, { title }).map((m) => m.written ?? m.name);

describe("the generated lookup", () => {
  it("holds exactly the keys the vocabulary table makes (after editing the table: npm run gen:skill-index)", () => {
    expect(JSON.parse(SKILL_INDEX_JSON)).toEqual(skillIndexRows());
  });
});

describe("findSkills: canonical spelling", () => {
  it.each([
    ["Experience with Postgres and k8s", ["PostgreSQL", "Kubernetes"]],
    // AI models and coding tools named as the job's tools; a first name or a plain word is not one.
    ["We expect you to use tools like Cursor and Claude Code daily", ["Cursor", "Claude Code"]],
    ["Stack: TypeScript, React, Claude", ["TypeScript", "React", "Claude"]],
    ["Claude joined us from a bank; move the cursor over the chart", []],
    ["We write Golang services", ["Go"]],
    // A letter glued to a dollar sign is a currency ("R$" is the real), not the R language.
    ["Full Stack Developer PHP (R$ 18.000,00) with R", ["PHP", "R"]],
    ["NodeJS, Typescript and Nextjs", ["Node.js", "TypeScript", "Next.js"]],
    ["RabbitMq/Nats/Kafka", ["RabbitMQ", "NATS", "Kafka"]],
    ["ArgoCD and FluxCD", ["Argo CD", "Flux"]],
    ["Cloud Formation scripting", ["CloudFormation"]],
    ["Google Cloud Platform or Amazon Web Services", ["GCP", "AWS"]],
    ["Apache Spark pipelines", ["Spark"]],
    ["reverse proxies such as Nginx, Varnish, HAProxy, Squid or Apache", ["Nginx", "Varnish", "HAProxy", "Squid", "Apache HTTP Server"]],
    // The foundation's name before a project is no web server; the project is a skill when the table has it.
    ["Experience with Apache Arrow or Apache CXF", ["Apache Arrow"]],
    ["Java, Spring Boot and Spring Web", ["Java", "Spring Boot", "Spring"]],
    ["Azure Machine Learning and TensorFlow Serving", ["Azure Machine Learning", "TensorFlow Serving"]],
    [".NET framework 4.8 and .NET core", [".NET", ".NET Core"]],
    ["C#, C++ and VB.NET", ["C#", "C++", "VB.NET"]],
    ["Python3 and Vue3", ["Python", "Vue.js"]],
    ["kube-builder SDK and cert-manager", ["Kubebuilder", "cert-manager"]],
    ["spot-termination handler", ["spot-termination-handler"]],
    ["Velero-backup", ["Velero"]],
    // The long tail mined from the job board's requirement lists.
    ["SSO with OAuth2, OIDC and SAML; tokens as JWT", ["OAuth", "OpenID Connect", "SAML", "JWT"]],
    ["API tests in RestAssured, load tests in LoadRunner", ["REST Assured", "LoadRunner"]],
    ["LLVM passes and Debezium connectors; Flyway migrations", ["LLVM", "Debezium", "Flyway"]],
    ["Concourse pipelines and Camunda workflows", ["Concourse CI", "Camunda"]],
    ["Jira Service Desk admin", ["Jira Service Management"]],
    ["Angular.js/Angular2+ and .NetCore", ["AngularJS", "Angular", ".NET Core"]],
    ["Kotlin, RxAndroid & Dagger2 experience", ["Kotlin", "RxAndroid", "Dagger"]],
    // A product named by its web address, and a framework named after its predecessor's rename.
    ["tests in (jest, webdriver.io, playwright); errors in sentry.io", ["Jest", "WebdriverIO", "Playwright", "Sentry"]],
    ["Symfony or Laminas, then Zend", ["Symfony", "Laminas", "Zend"]],
    ["Jinja2 templates, Stylelint rules, Productboard roadmaps", ["Jinja", "Stylelint", "Productboard"]],
    ["Spanning Tree, OSPF and IS-IS", ["Spanning Tree", "OSPF", "IS-IS"]],
    ["a spanning tree of the graph", []],
    ["Java, JSF, EJB, JMS and Ant builds; IIS and TFS", ["Java", "JSF", "EJB", "JMS", "Ant", "IIS", "TFS"]],
    ["Salt, Ansible or Chef; Travis, Jenkins or CircleCI", ["SaltStack", "Ansible", "Chef", "Travis CI", "Jenkins", "CircleCI"]],
    ["the salt of the earth; an ant colony; Travis will call you", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findSkills: longest match and splitting", () => {
  it.each([
    ["React Native apps", ["React Native"]],
    ["SQL Server stored procedures", ["SQL Server"]],
    ["MySQL and SQL", ["MySQL", "SQL"]],
    ["Java and JavaScript", ["Java", "JavaScript"]],
    ["Ruby on Rails", ["Ruby on Rails"]],
    ["CSS/HTML", ["CSS", "HTML"]],
    ["React/Vue/Angular", ["React", "Vue.js", "Angular"]],
    ["Postgres/Mysql", ["PostgreSQL", "MySQL"]],
    ["TCP/IP networking", ["TCP/IP"]],
    ["Linux Shell", ["Linux", "Shell"]],
    ["Unix shell scripting", ["Unix", "Shell"]],
    ["Docker Swarm clusters", ["Docker Swarm"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findSkills: ambiguous words", () => {
  it.each([
    ["Language proficiency in either Go (Preferred), Rust, or Python.", ["Go", "Rust", "Python"]],
    ["Python, Go, R and C", ["Python", "Go", "R", "C"]],
    // One `+` joins two names; "required" and a bracketed aside read as a technology's.
    ["Our stack is Go+Postgres, with React+TS on the web", ["Go", "PostgreSQL", "React", "TypeScript"]],
    ["Five years of backend work; Go required, Rust a plus.", ["Go", "Rust"]],
    ["- Go [services]\n- Terraform", ["Go", "Terraform"]],
    ["Go required reading for the team: none.", ["Go"]],
    // Examples in brackets after a kind of technology are technologies; a first name alone is not.
    ["We use AI tools (Cursor/Claude Code) daily and LLMs (Claude, Gemini) in the product", ["Cursor", "Claude Code", "Claude", "Gemini"]],
    ["Claude from our team (and Gemini, his dog) say hi", []],
    // Names from HN stack lines: products only, the English words and first names among them guarded.
    ["Stack: Hasura, Trigger.dev, Slurm on InfiniBand, Django+DRF", ["Hasura", "Trigger.dev", "Slurm", "InfiniBand", "Django", "Django REST Framework"]],
    ["Rails 8, Turbo, Stimulus and Lance", ["Ruby on Rails", "Turbo", "StimulusJS", "Lance"]],
    ["Lance leads the team; a turbo boost for our beanie shop", []],
    ["Our go-to-market team", []],
    ["Go-to-market strategy with Python", ["Python"]],
    ["Go above and beyond.", []],
    ["Let's go build it", []],
    ["Head of R&D", []],
    ["Series C funding from top investors", []],
    ["C-level stakeholders", []],
    ["Strong C programming skills", ["C"]],
    ["experience in R", ["R"]],
    ["we react quickly to incidents", []],
    ["The market is in flux", []],
    ["at the helm of the team", []],
    ["spark curiosity", []],
    ["Express interest by Friday.", []],
    ["Node, Express and MongoDB", ["Node.js", "Express", "MongoDB"]],
    ["integrating Sage, Oracle, and MRI", []],
    ["PostgreSQL, Oracle and MySQL", ["PostgreSQL", "Oracle", "MySQL"]],
    ["helm - package manager", ["Helm"]],
    ["gRPC, pub/sub, REST", ["gRPC"]],
    ["GCP Pub/Sub topics", ["GCP Pub/Sub"]],
    ["AWS Lambda and CloudWatch, Amazon S3", ["AWS Lambda", "CloudWatch", "Amazon S3"]],
    ["Google Cloud Functions, AWS CDK and CDK", ["Google Cloud Functions", "AWS CDK", "CDK"]],
    ["VMware vSphere, Solaris and Oracle Solaris", ["VMware vSphere", "Solaris", "Oracle Solaris"]],
    ["Azure DevOps (formerly VSTS)", ["Azure DevOps", "Azure DevOps"]],
    ["Phoenix, Arizona", []],
    ["Elixir and Phoenix", ["Elixir", "Phoenix"]],
    ["NET, Matlab", [".NET", "MATLAB"]],
    ["Net income grew", []],
    ["using Rust and/or Substrate for building L1 chains", ["Rust", "Substrate"]],
    ["Flutter, Rails, React, and Vue to support deployments", ["Flutter", "Ruby on Rails", "React", "Vue.js"]],
    ["framework (react, angular, vue)", []],
    ["TypeScript (react, angular, vue)", ["TypeScript", "React", "Angular", "Vue.js"]],
    ["Frontend: React\nBackend: Go", ["React", "Go"]],
    ["Languages: Go", ["Go"]],
    ["Frameworks: Thrift, Baseplate, Kafka", ["Thrift", "Kafka"]],
    ["Thrift shops are fun", []],
    ["Status: Go", []],
    ["Experience with timescale databases", []],
    ["Timescale and Postgres", ["TimescaleDB", "PostgreSQL"]],
    // A cloud written right before one of its services qualifies it; a service the table lacks is
    // taken when it is written like a product name, not a practice word.
    ["Kubernetes on AWS EKS and/or Azure AKS", ["Kubernetes", "AWS EKS", "Azure AKS"]],
    ["Amazon ElastiCache and Redis", ["Amazon ElastiCache", "Redis"]],
    ["data flows with AWS AppFlow, Azure AI and Google Cloud AI", ["AWS AppFlow", "Azure AI", "Google Cloud AI"]],
    ["AWS Terraform modules and Azure Kubernetes clusters", ["AWS", "Terraform", "Azure", "Kubernetes"]],
    ["AWS DevOps, Azure PaaS, AWS APIs", ["AWS", "Azure", "AWS"]],
    ["Google Cloud PlatformExperience", ["GCP"]],
    ["Linux/OS X command line, Mac OSX", ["Linux", "macOS", "macOS"]],
    ["Esperienza con Inertia.js e Laravel", ["Inertia.js", "Laravel"]],
    ["J2EE, JEE or Jakarta EE", ["Java EE", "Java EE", "Java EE"]],
    // A guarded word alone on its line, or before an aside, is a list item naming it.
    ["Our tools:\nGo (we can train you)\ngRPC", ["Go", "gRPC"]],
    ["Stack:\nGo\nPostgreSQL", ["Go", "PostgreSQL"]],
    ["Go big or go home\nGo all-in on quality", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["Senior Go Engineer", ["Go"]],
    ["Backend Engineer (Go)", ["Go"]],
    ["Go-To-Market Lead", []],
    ["Head of R&D", []],
  ])("title %s", (text, expected) => {
    expect(names(text, true)).toEqual(expected);
  });
});

describe("findSkills: not mentions", () => {
  it.each([
    ["See https://github.com/acme/jobs for details", []],
    ["#LI-JS5 #LI-Remote", []],
    ["Share your GitHub profile", []],
    ["Keep our AWS accounts and Datadog dashboards in shape", ["AWS", "Datadog"]],
    ["Email us your GitHub if you have one, and LinkedIn", []],
    ["(Optional) GitHub and/or app portfolio", []],
    ["tools such as Git and GitHub. These are both", ["Git", "GitHub"]],
    ["Interviews over Zoom and Slack", []],
    ["microservices, REST, CI/CD, NoSQL, DevOps", []],
    ["Solutions for ensuring security in PHP (against XSS, SQL Injection, etc.)", ["PHP"]],
    ["avoir une vue d’ensemble des métiers, en vue des nouveaux dépôts", []],
    ["Vue d’ensemble du projet", []],
    ["Olivier Pomel (CEO of Datadog), Tom Preston-Werner (Co-Founder of GitHub)", []],
    ["Certified Payroll Professional (CPP)", []],
    ["C/cpp and Python", ["C", "C++", "Python"]],
    ["en lien avec le Chef de projet", []],
    ["Puppet, Chef, Ansible", ["Puppet", "Chef", "Ansible"]],
    ["outils Maven et NPM, Spark et/ou Hadoop", ["Maven", "npm", "Spark", "Hadoop"]],
    // A phrase that spells a tool's name, and a field of study in Italian.
    ["Rest assured, we keep the interviews short", []],
    ["Laurea in Informatica o campo correlato", []],
    // The employer's customers, partners and investors are companies, not its stack.
    ["We have customers like Notion, Linear, Shopify, and Snowflake. Our data lives in Snowflake.", ["Snowflake"]],
    ["used by companies worldwide, including Okta, Adobe, Workday and Zoom", []],
    ["Customers like Under Armour, eBay and Zapier use our platform with Next.js", ["Next.js"]],
    ["partners, including AWS, Google Cloud, Microsoft, and ServiceNow, driving innovation", []],
    ["clients focused on the frontend, including JavaScript and CSS", ["JavaScript", "CSS"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // Their time is measured by scripts/hostile.mjs; here, what comes out of them.
  it("reads every mention on a hostile line", () => {
    const mentions = findSkills("R, ".repeat(60_000) + "Python").map((s) => s.name);
    expect(mentions).toHaveLength(60_001);
    expect(new Set(mentions)).toEqual(new Set(["R", "Python"]));
    expect(findSkills("a-".repeat(100_000))).toEqual([]);
  });
});

describe("SKILL_VOCABULARY", () => {
  it("names each technology once", () => {
    const seen = SKILL_VOCABULARY.map((e) => e.name);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("gives each spelling to one technology", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of SKILL_VOCABULARY) {
      for (const form of [e.name, ...(e.aliases ?? []), ...(e.cased ?? []), ...(e.guarded ?? []), ...(e.exact ?? [])]) {
        const key = form.toLowerCase().replace(/[-\s]+/g, " ");
        if (owner.has(key) && owner.get(key) !== e.name) clashes.push(`${form}: ${owner.get(key)} / ${e.name}`);
        owner.set(key, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("finds every canonical name as written", () => {
    const missed = SKILL_VOCABULARY.filter((e) => !findSkills(`Experience with ${e.name} and Python`).some((m) => m.name === e.name)).map((e) => e.name);
    expect(missed).toEqual([]);
  });
});
