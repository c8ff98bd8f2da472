// applyUrl (SPEC §1): the title link, else an apply link, else null.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractApplyUrl } from "../../src/extract/apply-url.js";

describe("applyUrl", () => {
  it.each([
    ["# [Engineer](https://www.remotewlb.com/apply/engineer)\n### Acme\n", "https://www.remotewlb.com/apply/engineer"],
    // With no apply wording, a jobs page in the prose, or a page the words before it call the posting.
    ["Acme | Engineer | Remote\n\nWe build boats. For more details see https://careers.acme.com/eng/job/12 or email me.\n", "https://careers.acme.com/eng/job/12"],
    ["Acme | Founding Engineer | Remote\n\nWe build boats.\nFull mission briefing: https://acme.dev/founding-engineer\n", "https://acme.dev/founding-engineer"],
    ["Acme | Engineer | Remote\n\nMore about us: https://acme.dev/about and our blog https://acme.dev/blog/post\n", null],
    ["---\ntitle: Designer\napplicationURL: https://acme.breezy.hr/p/1/apply\n---\n\nText.\n", "https://acme.breezy.hr/p/1/apply"],
    ["# Engineer\n\n## CLICK TO [APPLY](https://acme.com/jobs/1)\n", "https://acme.com/jobs/1"],
    ["# Engineer\n\nPlease apply via the form below (at <https://acme.org/careers/x>).\n", "https://acme.org/careers/x"],
    ["Company: Faqta\n\nApply:\n\nhttps://vacatures.faqta.nl/x\n", "https://vacatures.faqta.nl/x"],
    ["# Engineer\n\n### To apply\n\n[Fill out this form!](https://docs.google.com/forms/d/1)\n", "https://docs.google.com/forms/d/1"],
    ["# Engineer\n\nBecome the lead for [the SDK](https://acme.com/docs). Apply if you like it.\n", null],
    // An apply heading in another language: the posting's or the form's link in its section, not the team's page.
    ["# Vaga\n\n## Como se candidatar\n\nMais detalhes através do link: https://www.linkedin.com/jobs/view/1/\n", "https://www.linkedin.com/jobs/view/1/"],
    ["# Poste\n\n## Vous souhaitez candidater ?\n\nEnvoyez un CV à `jobs@acme.fr`.\n\nVous pouvez aussi consulter [la fiche de poste](https://place-emploi-public.gouv.fr/offre-emploi/x/).\n", "https://place-emploi-public.gouv.fr/offre-emploi/x/"],
    ["# Poste\n\n## Comment postuler ?\n\nÉcrivez à jobs@acme.fr. [L'équipe](https://www.acme.fr/fr/la-tribu/) répondra à vos questions.\n", null],
    ["# Engineer\n\nBy applying you agree to our privacy policy at https://acme.com/privacy\n", null],
    // A heading inviting applying, its links on the next line.
    ["# Engineer\n\n### Please apply through these links\n\n[Kano](https://acme.bamboohr.com/jobs/view.php?id=8)\n", "https://acme.bamboohr.com/jobs/view.php?id=8"],
    ["# Engineer\n\n[Submit your application](https://acme.com/jobs/1/form)\n", "https://acme.com/jobs/1/form"],
    // A job named "Application …" (a board's similar-jobs card) is no apply link.
    ["# Engineer\n\nSimilar jobs: [Application Security Engineer](https://board.example/jobs/99)\n", null],
    // A template's stand-in address is no link; prose after "How to apply" linking elsewhere is not the apply link.
    ["---\ntitle: Delivery Manager\napplicationUrl: https://example.com\n---\n\nText.\n", null],
    ["# Strategist\n\n### How to apply\n\nFirst, create your profile on [Muck Rack](http://muckrack.com). Second, send us an email with your resume, links that show your work and why you are interested in working with us.\n", null],
    // HN comments: a link per role, the first role's; a role line with place and pay; the header's own page before role lines.
    ["Acme | Multiple Roles | Onsite | SF\n\nSenior Robotics Software Engineer: https://jobs.example/acme/1\n\nMechanical Engineer: https://jobs.ashbyhq.com/acme/2\n", "https://jobs.example/acme/1"],
    ["Acme | PM, Analyst | Remote\n\nProduct Manager | Remote US | $120K to $160K. https://acme.example/jobs/?id=7\n", "https://acme.example/jobs/?id=7"],
    ["Head of Engineering | Remote | $182k - https://acme.example/jobs/head\n\nAcme | DevOps Engineer | Remote - https://acme.example/jobs/devops\n", "https://acme.example/jobs/head"],
    ["Acme | Engineer | Remote\n\nYou can check out our docs and open-source developer tooling at docs.acme.example and https://github.com/acme/tool/\n", null],
    // The post signs off with a bare link of its own.
    ["Rella | AI engineer | Remote | rella.example\n\nWe build tools.\n\nhttps://doc.example/d/894bz\n", "https://doc.example/d/894bz"],
    ["Acme | Paris | ONSITE\n\nHiring across Engineering (Go, Rust).\nhttps://jobs.ashbyhq.com/acme\n", "https://jobs.ashbyhq.com/acme"],
  ])("%j → %s", (text, expected) => {
    expect(extractApplyUrl(buildDocument(text)).value).toBe(expected);
  });
});
