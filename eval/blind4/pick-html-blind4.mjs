// Seeded, reproducible pick for the html-blind4 set.
// Candidates: every (repository, path) returned by these 16 find_files exact-path queries (run once, 2026-12-07
// ~21:40 UTC; none of them was used for html-blind3):
//  jobs/data-engineer.html, careers/data-engineer.html, careers/product-designer/index.html,
//  jobs/devops-engineer/index.html, careers/product-designer.html, jobs/product-designer.html,
//  careers/devops-engineer.html, jobs/devops-engineer.html, jobs/full-stack-developer.html,
//  careers/full-stack-developer.html, jobs/data-scientist.html, careers/data-scientist.html,
//  jobs/product-manager.html, careers/product-manager.html, careers/data-engineer/index.html,
//  jobs/product-designer/index.html   (64 rows in all; see candidates-raw.txt)
// Removed as held out / already used (LABELLERS.md, /work/main/eval/*/SOURCES.md, own/*.md, own/blind2/*.md,
//  blind3/*.md + SOURCES.md, blind2-repos.txt, blind3-repos.txt, corpus SOURCES.md):
//  CTcue/website, JuanParker1/wp-website-static, abinjadid/recruitment-platform-demo, apremiumtypewriter/philanding,
//  bright/new-www (+ its fork polemius/new-www), iizmotabar/getkuncha, lvannostrand/sawhorse.github.io,
//  mombiela/enterprisecamput-net, pgcarvalheira86/Liuv-website, ritviknagpal48/dcluttr, stitchfix/stitchfix.github.io,
//  tomkysar/landing-page, usmansaif/gladbit-dev.
// Copies of one site count as ONE repository, represented by the alphabetically first listed:
//  owid-static copies (ajesse11x/owid-static; motiende/staging-owid-static, motiende/staging-owid-static-archived dropped),
//  themoderndatacompany (rubik-ai/web.themoderndatacompany.com; surajrubik/test.… dropped),
//  sjuliaan (sjuliaan/finalwebsite; sjuliaan/gw1 dropped),
//  opensourcedesign (opensourcedesign/opensourcedesign.github.io; opensourcedesign/opensourcedesign.net dropped).
// Taken in the printed order, at most 2 pages per repository, skipping only pages that are not one real job
// posting (reasons in html-blind4.md), until 10 are taken.
const C = [
  "Binary-Bridge-Labs/binarybridgedev|jobs/data-engineer.html",
  "ocelotconsulting/web-redesign-temp|careers/data-engineer.html",
  "rubik-ai/web.themoderndatacompany.com|careers/data-engineer.html",
  "JakiChen/dog|careers/product-designer/index.html",
  "cyscale/cyscale.com|careers/product-designer/index.html",
  "lvdatri1/architect-reference-site|jobs/devops-engineer/index.html",
  "RaulRueda/lazzo-grucas|careers/product-designer.html",
  "weareleaf/leaf-site|careers/product-designer.html",
  "Magic-Marker/marker-landing|jobs/product-designer.html",
  "radius-website/radius-website.github.io|jobs/product-designer.html",
  "sofyanebarakat-beep/OutreachRecruitment-Jobs-in-Malta|jobs/product-designer.html",
  "AstrumAICompany/astrumaicompany.github.io|careers/devops-engineer.html",
  "LuisValladaresC/moegui|careers/devops-engineer.html",
  "dexaminds/dexaminds.github.io|careers/devops-engineer.html",
  "sjuliaan/finalwebsite|careers/devops-engineer.html",
  "omosteven/ctil|jobs/devops-engineer.html",
  "star-workforce-sites/starworkforce-net|jobs/devops-engineer.html",
  "Gold0161/FidelityAI|jobs/full-stack-developer.html",
  "Nexus-Engineering-Planning/Nexus-website|jobs/full-stack-developer.html",
  "PixieDa7/empowrix|jobs/full-stack-developer.html",
  "ajesse11x/owid-static|jobs/full-stack-developer.html",
  "dhavalmp194/GuruSoftware_New|jobs/full-stack-developer.html",
  "star-workforce-sites/starworkforce-net|jobs/full-stack-developer.html",
  "GangadharPranav/avan_it|careers/full-stack-developer.html",
  "Keegshaumann/positionxero-website|careers/full-stack-developer.html",
  "bertjames/ziltest|careers/full-stack-developer.html",
  "dev-theory/dev-theory.github.io|careers/full-stack-developer.html",
  "mdansar03/kaaylabs-static|careers/full-stack-developer.html",
  "mikenigu/BridgeeSolutions|careers/full-stack-developer.html",
  "ocelotconsulting/web-redesign-temp|careers/full-stack-developer.html",
  "taniebrand/testGit|careers/full-stack-developer.html",
  "Richend0913/salary-navi|jobs/data-scientist.html",
  "ArkaGuptaR778/RS-Website-Preview|careers/data-scientist.html",
  "jwigginsut/SheTech_Pathways|careers/data-scientist.html",
  "pdhimal1/eli5|careers/data-scientist.html",
  "deadsec33333/beincrypto2025|jobs/product-manager.html",
  "ArkaGuptaR778/RS-Website-Preview|careers/product-manager.html",
  "robincare/robincare.github.io|careers/product-manager.html",
  "thedtripp/nothing|careers/product-manager.html",
  "GraceEmenike/Nexton|jobs/product-designer/index.html",
  "opensourcedesign/opensourcedesign.github.io|jobs/product-designer/index.html",
  "whatsondev/hirehub|jobs/product-designer/index.html",
].sort();
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const SEED = 20261214;
const r = mulberry32(SEED), a = C.slice();
for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
a.forEach((x, i) => console.log(String(i + 1).padStart(2), x));
