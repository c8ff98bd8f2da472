// Seeded, reproducible pick for the html-blind3 set.
// Candidates: every (repository, path) returned by these find_files path queries (2026-12-07),
// minus held-out / already-used repositories (LABELLERS.md, eval SOURCES/README files, blind2-repos.txt)
// and minus forks of them; forks sharing one repository name (e.g. */layer5, */buildbuddy)
// count as ONE repository, represented by the upstream (or the alphabetically first listed).
// Queries: jobs/software-engineer.html, careers/software-engineer/index.html, jobs/software-engineer/index.html,
//  jobs/senior-software-engineer/index.html, careers/backend-engineer.html, jobs/backend-engineer/index.html,
//  careers/senior-software-engineer.html, spec/fixtures/job.html, test/fixtures/job.html,
//  jobs/frontend-developer/index.html, careers/frontend-developer.html, careers/software-engineer.html
//  (queries returning >100 repositories list only their first 100, alphabetically; those lists are used as returned).
// Excluded as used/held out: allegro/allegro.tech, everproof/wozniak-public, lvannostrand/sawhorse.github.io,
//  zumba/zumba.github.com, QianCapital, agoragames, axcerapp, bdimaggio, gojek, kazibuilt, neueda, ritviknagpal48,
//  grc-iit family (grc-iit/grc-iit.github.io used; forks Jye-525, Keith-Bateman, candiceT233, grc-iit/website),
//  NanoFrontier, OpenZeppelin, alvaromolina, arcturus-industries, luckyrobots, biicode, Crunch-io,
//  ThorbenAroundTheWorld, abinjadid, Fivecast, Lendurai, bright/new-www.
const C = [
  "apremiumtypewriter/philanding|jobs/software-engineer.html",
  "devynmobley-ops/rolecallinterviewprep.github.io|jobs/software-engineer.html",
  "nestorvdev/ixia-contact|jobs/software-engineer.html",
  "layer5io/layer5|careers/software-engineer/index.html",
  "layer5io/layer5|careers/software-engineer.html",
  "ahmeddsgn/Test|careers/software-engineer/index.html",
  "ahmeddsgn/Test|careers/software-engineer.html",
  "magikbox/magikbox.github.io|careers/software-engineer/index.html",
  "buildbuddy-io/buildbuddy|jobs/software-engineer/index.html",
  "buildbuddy-io/buildbuddy|jobs/senior-software-engineer/index.html",
  "OrionArchitekton/kept-hour|jobs/software-engineer/index.html",
  "OverviewEnergy/OverviewEnergy.github.io|jobs/software-engineer/index.html",
  "osama347/spcai|jobs/software-engineer/index.html",
  "sino-pak-center-for-AI/spcaipk|jobs/software-engineer/index.html",
  "spcai-pafiast/spcai-pafiast.github.io|jobs/software-engineer/index.html",
  "ashwini0529/hackathon|jobs/senior-software-engineer/index.html",
  "germany38/dealuxe|jobs/senior-software-engineer/index.html",
  "pgcarvalheira86/Liuv-website|careers/backend-engineer.html",
  "usmansaif/gladbit-dev|careers/backend-engineer.html",
  "usmansaif/gladbit-dev|careers/frontend-developer.html",
  "sushantsharma2310/landingpage|careers/senior-software-engineer.html",
  "recruitmilitary/devry|spec/fixtures/job.html",
  "recruitmilitary/lowes|spec/fixtures/job.html",
  "recruitmilitary/wrigley|spec/fixtures/job.html",
  "sanyakosivchuk/job_scraper_new|spec/fixtures/job.html",
  "Kumaravinash9/AutoLancers-extension|test/fixtures/job.html",
  "BatmanInGotham2/physicsproject|jobs/frontend-developer/index.html",
  "Atelier-Creation/nexvoratechnology|careers/frontend-developer.html",
  "Atelier-Creation/nexvoratechnology|careers/software-engineer.html",
  "PrimeModule/website|careers/frontend-developer.html",
  "mombiela/enterprisecamput-net|careers/frontend-developer.html",
  "nurali-sys/Nurali-Dynamics|careers/frontend-developer.html",
  "rahulkushwahamnnit/rahulkushwahamnnit.github.io|careers/frontend-developer.html",
  "DorcasTech/dorcastech.github.io|careers/software-engineer.html",
  "DuoAlly/DuoAlly.github.io|careers/software-engineer.html",
  "cooblog/MAD|careers/software-engineer.html",
  "ebubeco/build-your-own-chatgpt|careers/software-engineer.html",
].sort();
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const SEED = 20261207 + 3; // 20261210
const r = mulberry32(SEED), a = C.slice();
for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
a.forEach((x, i) => console.log(String(i + 1).padStart(2), x));
