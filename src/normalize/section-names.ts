// The section-heading vocabulary (SPEC §1 "requirements / niceToHave / responsibilities /
// benefits"): what a heading, bold label line or `Label:` line says its section holds.
// The table is data: each kind lists its variants; extract/section-lists.ts decides where
// headings are and what their items are. Matching is by meaning-bearing phrases, tolerant of
// case, punctuation, emoji, "&"/"and" and hyphens (normalizeHeading), never by exact strings.
//
// Variant syntax (compiled on first use):
//   "phrase"   the heading starts with the phrase (whole words)
//   "=phrase"  the heading is exactly the phrase
//   "~phrase"  the phrase occurs anywhere (only for short headings, CONTAINS_MAX_WORDS)
//   "phrase$"  the heading ends with the phrase
// Each row holds one column of variants per language: `variants` (English, and what every
// language writes alike), then `pt`, `es`, `de`, `fr`, `it`, `zh` — adding a language is adding a
// column (HEADING_LANGUAGES), not code. Accents are folded on both sides, so "Beneficios" and
// "Benefícios", "Qualificações" and "Qualificacoes" are one variant.
// Rows are tried in order and the first match wins, so specific rows come first:
// "preferred qualifications" (niceToHave) before "qualifications" (requirements),
// "about the role" (responsibilities) before "about …" (company, contributes nothing).

import { WordPattern } from "./latin1-classes.js";
import { distance } from "fastest-levenshtein";
import { hasAtMostWords, wordCount } from "./list-lines.js";
import { StringMemo } from "./memo.js";

export type SectionKind = "requirements" | "niceToHave" | "responsibilities" | "benefits";

/** What a heading names: a list kind, a kind that counts only when its section holds a list
 * (a "Why join us?" pitch, a job board's "Job Description" wrapper), one that counts only when
 * that list is of perks (a job board's "Additional Information"; for "Compensation", perks other than pay), one whose list is perks or else
 * duties ("What you can expect:"), or nothing to collect. */
export type HeadingKind = SectionKind | "benefitsIfList" | "benefitsIfPerks" | "benefitsIfPerksBeyondPay" | "benefitsElseDuties" | "responsibilitiesIfList" | "none";

/** The languages with a column of their own in the table (ISO 639-1). */
export const HEADING_LANGUAGES = ["pt", "es", "de", "fr", "it", "zh"] as const;
export type HeadingLanguage = (typeof HEADING_LANGUAGES)[number];

export interface SectionNameRow extends Readonly<Partial<Record<HeadingLanguage, readonly string[]>>> {
  kind: HeadingKind;
  /** Weak rows ("Skills", "Experience") name a section only at the top, not inside another list section. */
  weak?: boolean;
  /** Inside a section of this kind the row names nothing: "You will have" under benefits is a lead-in. */
  notUnder?: HeadingKind;
  /** A heading about the employer (its story, mission, values, customers): what it names is not the role's. */
  aboutEmployer?: boolean;
  /** "~phrase" variants of this row also match headings up to CONTAINS_MAX_WORDS long ("What to expect in the interview process"). */
  longContains?: boolean;
  /** English variants, and those written alike in every language. */
  variants: readonly string[];
}

export const SECTION_NAMES: readonly SectionNameRow[] = [
  {
    // "Notre mission quotidienne ?" lists the daily work; tried before "notre mission" (the employer's) can name it.
    kind: "responsibilities",
    variants: [],
    fr: ["~mission quotidienne", "~missions quotidiennes"],
  },
  {
    // Hiring steps and "don't apply if" notes, whatever else their heading says.
    kind: "none",
    longContains: true,
    variants: ["what we build with", "~we build with", "~tech we use", "~tools we use", "~interview", "~hiring process", "~recruitment process", "~application process", "~shouldn't apply", "~should not apply", "~not a fit", "~not a good fit", "~won't be for you",
      // A pitch to the reader's tastes ("Come work with us if you love:"), not what is asked of them.
      "come work with us",
      // Duties named after requirements work, not a requirements list.
      "requirements gathering", "requirement gathering", "requirements analysis", "requirements engineering",
      "~hiring processes", "our hiring process", "our hiring processes", "what to expect from our hiring", "what to expect in our hiring", "what to expect in the hiring",
      "what does the hiring", "what does our hiring", "how does the hiring", "how does our hiring", "what's the hiring", "what's our hiring",
      // What happens after applying.
      "what to expect next", "what happens next", "=what's next",
      // The manager the hire reports to ("You'll report to: Head of Engineering") is a field, not a duty.
      "~report to", "~reports to", "~reporting to"],
    pt: ["~processo seletivo", "~processo de seleção", "~etapas do processo", "~entrevista", "~entrevistas", "~como se candidatar", "~como candidatar", "~como aplicar", "~caso estiver interessado", "~caso tenha interesse", "~interessados", "~tempo médio de feedback", "~tempo médio de feedbacks"],
    es: ["~proceso de selección", "~etapas del proceso", "~entrevista", "~entrevistas", "~cómo aplicar", "~cómo postular", "~cómo postularse", "~para postular", "~para aplicar", "~interesados",
      // A job-board issue form's questions: fields, whatever word of a section they hold ("¿La posición necesita saber inglés?", "Email … (opcional)").
      "~nombre de la compañía", "~título del trabajo", "~link a la publicación", "~notas extra", "~email asociado", "~para qué nivel", "~necesita saber inglés", "~está recibiendo aplicaciones"],
    de: ["~bewerbungsprozess", "~bewerbungsverfahren", "~auswahlverfahren", "~vorstellungsgespräch", "~bewerbungsmodalitäten", "~bewerbung", "~bewirb dich", "~bewerben sie sich", "~klingt nach deinem job", "~interesse geweckt"],
    it: ["~processo di selezione", "~colloquio", "~colloqui", "~come candidarsi", "~per candidarsi"],
    zh: ["申请方式", "应聘方式", "投递方式", "招聘流程", "职位申请说明", "申请说明"],
    fr: ["~processus de recrutement", "~procédure de recrutement", "~processus de sélection", "~entretien", "~entretiens", "~comment postuler", "~pour postuler", "~candidater", "~vous intéresse", "~m'intéresse", "~t'intéresse", "~informations sur la procédure", "notre mission",
      // "Contexte et atouts du poste": what the job has going for it, not skills that are a plus.
      "~atouts du poste"],
  },
  {
    // "¿Por qué necesitamos un ingeniero?" explains the opening, as "Why we're hiring" does below;
    // tried before "necesitamos"/"precisamos" can name it a requirements list.
    kind: "none",
    variants: [],
    pt: ["por que precisamos", "por que buscamos", "por que estamos contratando", "por que estamos buscando"],
    es: ["por qué necesitamos", "por qué buscamos", "por qué contratamos", "por qué estamos buscando"],
    de: ["warum wir suchen", "warum suchen wir", "wieso suchen wir", "warum wir verstärkung"],
    fr: ["pourquoi nous recherchons", "pourquoi recherchons nous", "pourquoi nous recrutons", "pourquoi recrutons nous"],
  },
  {
    kind: "niceToHave",
    variants: [
      "nice to have", "~nice to have", "nice to haves", "nice if you", "good to have", "~good to have", "great to have", "great to haves",
      "bonus", "~bonus points", "~bonus if", "added bonus", "extra points", "extra brownie points", "brownie points", "~brownie points",
      "pluses", "=plus", "plus points", "~is a plus", "~will be a plus", "~would be a plus", "~be a plus", "~as a plus", "~a big plus",
      "it's a plus", "preferred", "~preferred qualifications", "~preferred skills", "~preferred requirements", "~preferred experience",
      "~preferred qualification", "desirable", "~desirable", "desired", "~desired qualifications", "~desired skills", "optional",
      "~optional skills", "even better", "it would be great if", "it would be nice", "would be nice", "additionally we'd love",
      "additionally we would love", "we'd love", "we would love", "we'd also love", "what makes you stand out", "what will make you stand out",
      "what would make you stand out", "stand out", "ways to stand out", "to stand out", "you'll stand out", "you will stand out",
      "an ideal candidate also", "the ideal candidate also", "ideal candidate also", "~also have", "~also has", "not required but",
      "~not required", "~nice to haves", "~extra credit", "extra credit", "~would be great", "would be great", "~we'd love",
      "~preferred", "highly preferred", "preferences", "~sets you apart", "~set you apart", "~the edge", "~advantageous", "~an advantage",
      "~a bonus", "~also be great", "valuable extras", "a plus", "~a plus", "you might also have", "~even better", "~also nice",
      "=you might have", "~cherries on the cake", "~cherry on the cake",
      // A bare "Preferences:" label over what is preferred, not required.
      "=preferences", "=preference",
      // "Big pluses:", "Some pluses": the plural names extras whatever word precedes it.
      "~pluses", "=big plus",
      "~an edge", "~stand out", "~standout", "the icing on the cake", "icing on the cake", "~icing on the cake", "the cherry on top", "~cherry on top", "~cherry on the cake", "~additional desired", "additional desired", "would love", "~love for you to have", "~great to have", "~especially", "~particularly", "~also appreciate", "~we'd appreciate", "~would appreciate",
    ],
    pt: ["diferenciais", "~diferenciais", "~diferencial", "desejável", "~desejável", "~desejáveis", "conhecimentos desejados", "habilidades desejadas", "conhecimentos desejáveis", "requisitos desejáveis", "habilidades desejáveis", "~será um plus", "~é um plus", "~um plus", "~conta pontos", "~contam pontos", "~pontos extras", "~ponto extra", "~opcionais", "~opcional", "~não obrigatório", "~não obrigatórios", "~seria legal", "~seria ótimo", "~bom ter", "~é bom ter", "~seria bom", "~será bem vindo", "~serão bem vindos", "~vai ser legal", "~será um extra", "~um extra", "~é um extra", "~seria ideal"],
    es: ["deseable", "~deseable", "~deseables", "conocimientos deseados", "habilidades deseadas", "habilidades deseables", "conocimientos deseables", "requisitos deseables", "~no es excluyente", "~valoraremos", "~se valorarán", "~valorado", "~valorados", "~sería un plus", "~será un plus", "~es un plus", "~un plus", "~suma", "~suman", "~sumará", "~suman puntos", "~puntos extra", "~puntos a favor", "~valoramos", "~se valorará", "~se valora", "~valorable", "~valorables", "~opcional", "~opcionales", "~no excluyente", "~no excluyentes", "~sería genial", "~sería ideal", "~un extra", "~es un diferencial", "~diferenciales", "~te destacará"],
    de: ["wünschenswert", "~wünschenswert", "~von vorteil", "~vorteilhaft", "~idealerweise", "~pluspunkte", "~pluspunkt", "~extrapunkte", "~wäre toll", "~wäre schön", "~wäre super", "~gerne gesehen", "~kein muss", "~nice to have", "~ein plus", "~ist ein plus",
      // "Was wir uns zusätzlich wünschen": the extras after what is asked.
      "~zusätzlich wünschen", "~darüber hinaus wünschen", "~wäre ein plus"],
    it: ["~costituisce un plus", "~costituiscono un plus", "~titolo preferenziale", "~titoli preferenziali", "~un plus", "~gradito", "~gradita", "~graditi", "~gradite", "~preferibile", "~nice to have"],
    fr: ["atouts", "~atouts", "~atout", "compétences souhaitées", "connaissances souhaitées", "~un plus", "~sont un plus", "~serait un plus", "~est un plus", "~un vrai plus", "~petits plus", "~appréciés", "~apprécié", "~appréciées", "~appréciée", "~souhaitable", "~souhaitables", "~en bonus", "~optionnel", "~optionnels", "~serait apprécié", "~peut-être également", "~peut être également", "~cerise sur le gâteau", "~petit plus", "plus si"],
    zh: ["优先条件", "加分项", "优先考虑", "加分条件"],
  },
  {
    // "The job is made for you if…": who fits the job, though it opens with "The job".
    kind: "requirements",
    variants: ["~made for you if", "~is for you if"],
  },
  {
    kind: "responsibilities",
    variants: [
      "responsibilities", "~responsibilities", "responsibility", "~key responsibilities", "your responsibilities", "your key responsibilities", "your main responsibilities", "~responsible for", "duties", "~duties",
      "what you'll do", "what you will do", "what you'd do", "what you would do", "what you'll be doing", "what you will be doing",
      "what will you be doing", "what will you do", "what would you be doing", "what would your day to day", "what does the role",
      "what you'll build", "what you will build", "what you'd build", "what you would build",
      "what you'll work on", "what you will work on", "what you'll be working on", "what you will be working on", "what you'll achieve",
      "what you will achieve", "what you'll accomplish", "what you will accomplish", "what you'll own", "what you will own",
      "in your day to day", "~day to day", "a day in the life", "~day in the life", "in this role", "in the role",
      "the role", "=role", "your role", "about the role", "about this role", "about the job", "about this job", "about the position",
      "about this position", "about the opportunity", "about this opportunity", "the position", "the job", "the opportunity",
      "the challenge", "your challenge", "role overview", "position overview", "role description", "position description",
      "role summary", "position summary", "job summary", "overview of the role", "~role context", "role and responsibilities",
      "get ready to", "your mission", "the mission", "mission of the role", "your impact", "the impact you'll have", "impact you'll have",
      "how you'll contribute", "how you will contribute", "how you'll make an impact", "your tasks", "tasks", "~your tasks",
      "key tasks", "main tasks", "what the job involves", "essential functions", "~essential functions", "~essential duties",
      "what will i be doing", "what will i do", "what's the opportunity", "an overview of this role", "overview of this role",
      "~challenges you'll", "on a typical day", "~typical day", "job overview", "role purpose", "purpose of the role",
      "what you get to do", "what you can expect to do", "the candidate will", "your contribution",
      // British usage: "Key Accountabilities", "Principal Accountabilities".
      "accountabilities", "~accountabilities",
      "what the role involves", "job duties", "job responsibilities", "what we need you to do", "what you'll be responsible for",
      "what you'd work on", "what you would work on", "what you'd be working on", "what you would be working on",
      "you might work on", "~you might work on", "~you may work on", "you can expect to",
      // Duty headings worded as what the hire will add or spend time on.
      "what you'll help with", "what you'll help us with", "how you'll add value", "how you'll spend your time", "~you'll spend your time",
      "your job will be", "we'll ask you to", "what are you going to do", "what will you be working on", "~main tasks", "~key tasks",
      "the impact you'll make", "~impact you'll make", "what your impact will look like", "where you'll make an impact", "~you'll do the following",
      "what your impact will be", "what to expect in this role", "what to expect in this position", "what to expect in the role", "what to expect in the position",
      // Short plain-text labels of the work itself ("The Work:", a bare "Work" line, "The Tech & The Role:",
      // "Some of the problems we're working on:").
      "=the work", "=work", "~and the role", "~problems we're", "~problems you'll", "~team is working on",
      "what you'd own", "what you would own", "what you'll be owning",
      // Duties worded as examples of the work: "Examples of what you could build".
      "~what you could build", "~what you could work on", "~what you could be working on",
      // What the hire is to achieve: "Objectives of this Role", "Key objectives", "Your objectives".
      "objectives of", "~role objectives", "~key objectives", "your objectives", "=objectives",
    ],
    pt: ["responsabilidades", "~responsabilidades", "atividades", "~atividades", "atribuições", "~atribuições", "funções", "~funções", "~o que você vai fazer", "~o que você fará", "~o que você irá fazer", "~o que vai fazer", "~o que você vai encontrar", "~seu dia a dia", "~dia a dia", "~desafios", "~seus desafios", "~o desafio", "sobre a vaga", "a vaga", "=vaga", "descrição da vaga", "~descrição da vaga", "descrição do cargo", "~descrição das atividades", "~descrição da função", "=posição", "sobre a posição", "sobre o cargo", "=o cargo", "sobre a oportunidade", "a oportunidade", "~sua missão", "=a missão", "~tarefas", "~escopo", "~rotina", "~o que esperamos que você faça", "~você vai", "~você irá", "~você será responsável", "~principais entregas", "~suas entregas"],
    es: ["responsabilidades", "~responsabilidades", "funciones", "~funciones", "~tareas", "actividades", "~actividades", "~qué harás", "~lo que harás", "~qué vas a hacer", "~lo que vas a hacer", "~harás", "~día a día", "~tu rol", "sobre el rol", "el rol", "=rol", "sobre el puesto", "el puesto", "=puesto", "~descripción del puesto", "~descripción del cargo", "~descripción del trabajo", "~descripción de la posición", "sobre la posición", "la posición", "=posición", "~tu misión", "=la misión", "~desafíos", "~tus desafíos", "~el desafío", "~cometidos", "~te encargarás", "~serás responsable", "~durante la práctica"],
    de: ["aufgaben", "~aufgaben", "~deine aufgabe", "~ihre aufgabe", "~aufgabengebiet", "~aufgabenbereich", "~aufgabenbereiche", "~tätigkeiten", "~tätigkeitsbereich", "~das erwartet dich", "~das erwartet sie", "~was erwartet dich", "~was erwartet sie", "~was dich erwartet", "~was sie erwartet", "~das gibt es zu tun", "~was du tun wirst", "~was du machst", "~was machst du", "=du willst", "~deine rolle", "~ihre rolle", "die rolle", "die stelle", "~über die stelle", "~stellenbeschreibung", "~deine mission", "~dein beitrag", "~verantwortlichkeiten", "~verantwortungsbereich", "~deine herausforderungen", "~herausforderungen", "~dein tag", "~dein alltag", "=du wirst", "=dein job", "dein job bei", "=deine stelle",
      "~aufgabenbeschreibung", "~aufgabenschwerpunkte", "~tätigkeitsschwerpunkte", "~deine tätigkeit", "~ihre tätigkeit", "~das machst du", "~deine verantwortung", "~ihre verantwortung"],
    fr: ["vos missions", "~vos missions", "missions", "~missions", "~missions principales", "~missions en lien", "~votre mission", "~vos responsabilités", "~responsabilités", "~vos tâches", "~tâches", "le poste", "=poste", "=la mission", "~la mission du poste", "~description du poste", "~description de fonction", "~description de la fonction", "~descriptif du poste", "~fiche de poste", "votre rôle", "~votre rôle", "le rôle", "~ce que vous ferez", "~ce que vous allez faire", "~au quotidien", "~votre quotidien", "~vos activités", "~activités principales", "~emploi proposé", "~vos défis", "~les défis", "~le job", "~au jour le jour", "~aura pour missions", "~tes missions", "~ta mission", "~tes défis", "~tes prochains défis", "~défis qui vous attendent", "~pour mission de", "~pour missions", "vous serez amené", "vous serez amenée", "vous serez amené e", "~votre contribution", "=ton job", "ton job chez",
      // The same addressed as "tu": "Ce que tu feras", "Ton rôle", "Ton quotidien".
      "~ce que tu feras", "~ce que tu vas faire", "~ton rôle", "~ton quotidien", "~tes tâches"],
    it: ["~responsabilità", "~mansioni", "~cosa farai", "~di cosa ti occuperai", "~ti occuperai", "~il tuo ruolo", "~il ruolo", "~descrizione del ruolo", "~descrizione della posizione", "~attività", "~compiti"],
    zh: ["岗位职责", "工作职责", "职位描述", "工作内容", "职责", "主要职责", "工作描述", "职责范围", "工作职能"],
  },
  {
    kind: "requirements",
    variants: [
      "requirements", "~requirements", "=requirement", "qualifications", "~qualifications", "qualification",
      "minimum qualifications", "~minimum qualifications", "basic qualifications", "~basic qualifications", "required qualifications", "~required qualifications", "must have", "must haves", "~must have",
      "who we are looking for", "who are we looking for", "who we're looking for", "whom we are looking for", "what we're looking for",
      // A recruiter's ad speaks of its client: "What they're looking for:".
      "what they're looking for", "what they are looking for", "who they're looking for", "who they are looking for",
      "what we are looking for", "what are we looking for", "what we look for", "we're looking for", "we are looking for",
      "looking for", "who you are", "who are you", "what you bring", "what you'll bring", "what you will bring", "what you bring",
      "you bring", "what you need", "what you'll need", "what you will need", "what we need", "what you have", "what you'll have", "what you'll already have", "what you will already have", "what you already have",
      "what you've got", "what we expect", "what we're expecting", "we expect", "our expectations", "expectations",
      "you have", "you are", "you should have", "you should be", "you should apply if", "~should be familiar with", "~should also be familiar with", "you'll thrive", "you will thrive",
      "you might thrive", "you may thrive", "you're a good fit", "you are a good fit", "you're a great fit", "you are a great fit",
      "you'll be a great fit", "you will be a great fit", "you'll be a good fit", "a good fit", "~good fit", "~great fit", "a perfect fit", "~perfect fit",
      "is this you", "about you", "=you", "your background", "your profile", "profile", "the profile", "candidate profile",
      "your experience", "your skills", "skills and experience", "~skills and experience", "experience and skills", "~skills and qualifications",
      "~skills and requirements", "required skills", "~required skills", "~required experience", "key skills", "essential",
      "~essential", "essentials", "competencies", "~competencies", "education", "knowledge skills and abilities",
      "ideal candidate", "an ideal candidate", "the ideal candidate", "your ideal", "to succeed in this role", "~to succeed",
      "~to be successful", "what it takes", "what makes you a great fit", "what makes you a good fit", "who should apply",
      "what we would like to see", "what we'd like to see", "we would like to see", "what we want", "what we're after",
      "minimum requirements", "basic requirements", "job requirements", "the must haves", "what you need to succeed",
      "you'll need", "you will need", "you need", "you must have", "we require", "=required", "what you should have",
      "what skills do i need", "~important to us", "we will expect you", "we'll expect you", "~expect you to have",
      "~help you succeed", "~to succeed", "who you might be", "what we hope you have", "educational background",
      "please apply if", "~requires$", "~require the following", "~skills that are required", "~you'll bring", "if you got it",
      "what does it take", "~reaching out to", "you'll have experience", "you'll likely have", "~fit right in", "~be a match",
      "if you$", "if$", "~if you", "if you have$", "~good fit", "are you the one", "=are you", "what we'll love about you", "what we love about you", "~love about you", "other skills",
      "ideally you", "we're seeking", "we are seeking", "we need engineers who", "we need someone who",
      // What is asked, worded around the candidate or the skills.
      "~do you bring", "what will you bring", "~experience you bring", "~skillset you bring", "~skills you bring", "~what we're looking for", "~things we're looking for",
      "~skills we're looking for", "~experience we're looking for", "~attributes we're looking for", "~background we're looking for", "~things we look for", "~attributes we look for", "what we seek", "~expect from you", "what do we expect", "~need from you",
      "skills required", "skills needed", "~skills required", "~skills needed", "~required education", "the skillset", "the skill set", "key skillset", "~skillset required", "~skill set required", "~core skills",
      "~key strengths", "~little bit about you", "~little about you", "~sound like you", "~sounds like you", "~you'll need", "pre requisites", "prerequisites",
      "personal profile", "~ideal background", "what i'm looking for", "what i am looking for", "requisite", "~requisite skills", "~need to bring",
      // Worded around the person or the skills asked: "We want somebody who is…", "What skills do you need".
      "we want somebody", "we want someone", "we're looking for somebody", "what skills do you need", "~skills do you need", "~skills you need",
      "what would make you successful", "~make you successful", "~successful in this position", "~successful in this role", "technical experience",
      // Who is asked for, worded as the employer's wish or demand ("We look for:", "You must:").
      "we look for", "=you must", "~great at this if", "we get excited about candidates", "we'd like to find", "=what's expected from you",
      // The hire's record and fit: "What you've done in your career", "You fit this role if you have",
      // "Skills & Qualification", "Required Knowledge, Skills, and Abilities".
      "what you've done", "what you have done", "~fit this role if", "~fit the role if", "skills and qualification", "required knowledge",
      // The person's qualities asked for: "Qualities and traits we value", "Personal qualities", "Traits we look for".
      "qualities", "personal qualities", "~qualities we", "~traits we",
    ],
    pt: ["requisitos", "~requisitos", "pré requisitos", "~pré requisitos", "obrigatórios", "=obrigatório", "~obrigatórios", "~qualificações", "~o que buscamos", "~o que procuramos", "~quem buscamos", "~quem procuramos", "~o que esperamos", "~esperamos que você", "~o que você precisa", "~você precisa", "~precisamos que você", "~você deve ter", "~você deve", "~seu perfil", "perfil", "~perfil desejado", "~perfil do candidato", "~perfil técnico", "~habilidades", "~competências", "conhecimentos", "~conhecimentos necessários", "~conhecimentos técnicos", "~conhecimentos obrigatórios", "~exigências", "~formação", "~escolaridade", "~experiência necessária", "~experiências necessárias", "~requerimentos", "~necessário", "~necessários", "~imprescindível", "~indispensável", "~se você tem", "~o que você traz", "~sobre você", "~você é", "~você tem", "~stack necessária", "~skills necessárias", "~o que precisas", "~precisas de ter"],
    es: ["requisitos", "~requisitos", "~excluyentes", "=excluyente", "~obligatorios", "~indispensable", "~indispensables", "~imprescindible", "~imprescindibles", "~lo que buscamos", "~qué buscamos", "=buscamos", "~a quién buscamos", "~quién buscamos", "~a quién estamos buscando", "~qué estamos buscando", "~lo que esperamos", "~qué esperamos", "~esperamos que", "perfil", "~tu perfil", "~perfil deseado", "~el perfil", "~perfil del candidato", "~perfil buscado", "~habilidades", "~competencias", "~conocimientos", "~experiencia requerida", "~experiencia necesaria", "~requerimientos", "~requerido", "~requeridos", "~lo que necesitas", "~qué necesitas", "~necesitamos", "~sobre ti", "~formación", "~aptitudes", "~calificaciones", "~cualificaciones", "~lo que pedimos", "~qué pedimos", "~lo que traes", "~qué tienes que saber", "~lo que tienes que saber", "~qué debes saber", "~debes tener", "~deberás tener"],
    de: ["anforderungen", "~anforderungen", "~anforderungsprofil", "~dein profil", "~ihr profil", "profil", "~profil", "~was du mitbringst", "~was sie mitbringen", "~das bringst du mit", "~das bringen sie mit", "~du bringst mit", "~mitbringen", "~mitbringst", "~voraussetzungen", "~qualifikationen", "~qualifikation", "~danach suchen wir", "~wen wir suchen", "~was wir suchen", "~das suchen wir", "~wir erwarten", "~was wir erwarten", "~das erwarten wir", "~erwarten wir", "~kenntnisse", "~fähigkeiten", "~kompetenzen", "~deine skills", "~ihre skills", "=du bist", "~das zeichnet dich aus", "~was dich auszeichnet", "~das macht dich aus", "=du hast", "~das solltest du mitbringen", "~ausbildung", "~über dich", "~was du kannst", "~wer du bist", "~was wir uns wünschen", "~fühlst du dich sicher",
      // Compounds of public-sector postings ("Qualifikationserfordernisse", "Einstellungsvoraussetzungen") and
      // the ways a start-up asks for a profile ("Dein Skillset", "Das brauchst du", "Deine Stärken").
      "~qualifikationserfordernisse", "~erfordernisse", "~einstellungsvoraussetzungen", "~qualifikationsprofil", "=skillset", "~dein skillset", "~ihr skillset",
      "~von dir erwarten", "~von ihnen erwarten", "~das brauchst du", "~was du brauchst", "~deine stärken", "~ihre stärken",
      "~was sie auszeichnet", "~das zeichnet sie aus", "~dein know how", "~ihr know how"],
    fr: ["~votre profil", "~profil recherché", "profil", "~le profil", "~profil", "~compétences", "~compétences requises", "~qualifications", "~prérequis", "~pré requis", "~exigences", "~ce que nous recherchons", "~qui recherchons nous", "~nous recherchons", "~vous êtes", "~vous avez", "~savoir faire", "~savoirs", "~savoir être", "~connaissances", "~expérience requise", "~formation", "~requis", "~le candidat", "~la candidate", "~ce que nous attendons", "~ce qu'on attend", "~ce que l'on attend", "=tu es", "~ce que tu apportes", "~ce que tu apporteras", "~technos attendues", "~requises", "~requise", "~qualités requises", "qui vous êtes", "~qui êtes vous", "~ce que nous aimerions", "~ce que nous allons aimer", "~devra impérativement", "~vous maîtrisez", "~ce qu'on attend", "~expertise recherchée", "~parlons de vous", "~ce que vous apporterez", "~vous apporterez", "=obligatoire", "~ton profil", "~ce dont vous aurez besoin", "~ce dont tu auras besoin", "~pour réussir"],
    it: ["~requisiti", "~requisiti richiesti", "~chi cerchiamo", "~cosa cerchiamo", "~il candidato ideale", "~profilo", "~il tuo profilo", "~competenze", "~competenze richieste", "~conoscenze", "~esperienza richiesta", "~qualifiche"],
    zh: ["任职要求", "岗位要求", "任职资格", "职位要求", "要求", "基本要求", "任职条件", "技能要求", "学历要求", "工作经历", "工作经验", "经验要求", "技能和经验要求", "资格要求"],
  },
  {
    // "You'll have:" lists what is asked, except as the lead-in of a benefits section's list.
    kind: "requirements",
    notUnder: "benefits",
    variants: ["=you'll have"],
  },
  {
    kind: "requirements",
    weak: true,
    variants: ["=skills", "=experience", "=technical skills", "=experience and education", "=soft skills", "=hard skills"],
  },
  {
    kind: "benefits",
    variants: [
      "benefits", "~benefits", "benefit", "perks", "~perks", "what we offer", "~what we offer", "what we can offer", "what can we offer",
      "we offer", "our offer", "the offer", "what's in it for you", "~in it for you", "what is in it for you", "in return",
      "total rewards", "~total rewards", "rewards", "~compensation elements", "compensation and benefits", "salary and benefits", "things you'll enjoy",
      "some things you'll enjoy", "~things you'll enjoy", "~you'll enjoy", "~you will enjoy", "what you'll get", "what you get",
      "what you will get", "what you'll receive", "what you will receive", "what this job can offer", "what this role can offer",
      "what this role offers", "~can offer you", "what we provide", "we provide", "our package", "the package", "package",
      "employees receive$", "you'll receive$", "~you'll receive", "~you will receive", "we give you", "what we give", "what you can expect from us", "~what you can expect from us", "what's on offer", "on offer",
      "~perks of working", "our promise", "what we will offer", "what we'll offer", "~offer you", "offer you$", "we offer$",
      "by offering$", "what we have to offer", "~have to offer", "you'll enjoy$", "enjoy$", "here you'll get", "~will support you",
      "let's talk money", "time off", "what you'll love", "~what you'll love", "~health and wellbeing",
      "what you'll find", "~our value to you", "~value for you",
      // What is offered, worded around the hire's gain or the company's offer.
      "what you'll gain", "what will you gain", "~you'll gain", "we can offer", "~we can offer", "what you can count on", "~can count on",
      "what can you expect from us", "~in return", "=extras", "the extras", "offerings", "our offerings", "~offers you", "offers$", "~we've got you covered",
      "~health and wellness", "work life balance", "~paid time off", "~paid leave", "=holidays", "=vacation",
      "you'll get$", "~what's on offer", "what we do for you", "~what you get", "what's in for you", "~we'll give you", "~we also offer",
      "you'll also get", "you'll also receive", "you'll also enjoy", "~look forward to", "what we bring", "~bring to the table", "~joining us means",
      "~we support you with", "~we'll support you",
      "you'll get this", "~get from us", "~get this from us",
      "what you'll like", "~you'll like here", "~reasons you'd love", "~you'd love working",
      // A bare "OFFER" label over the package.
      "=offer",
    ],
    pt: ["benefícios", "~benefícios", "~oferecemos", "~o que oferecemos", "~nós oferecemos", "~vantagens", "remuneração", "~remuneração e benefícios", "~salário e benefícios", "~o que você vai ter", "~o que você terá", "~o que você ganha", "~regalias", "~nossos benefícios", "~o que você recebe", "~o que você vai receber"],
    es: ["beneficios", "~beneficios", "ofrecemos", "~ofrecemos", "~qué ofrecemos", "~lo que ofrecemos", "~te ofrecemos", "~prestaciones", "~ventajas", "~lo que te ofrecemos", "~qué te ofrecemos", "~lo que obtienes", "~compensación y beneficios", "~nuestra oferta", "~qué obtienes", "~lo que obtendrás", "~qué obtendrás"],
    de: ["~wir bieten", "~was wir bieten", "~was wir dir bieten", "~das bieten wir", "~was bieten wir", "~bieten wir", "~unser angebot", "~vorteile", "~deine vorteile", "~ihre vorteile", "~leistungen", "~zusatzleistungen", "~das bekommst du", "~was du bekommst", "~was du von uns bekommst", "~darauf kannst du dich freuen", "~darauf können sie sich freuen", "~was wir dir geben", "~von uns erwarten kannst", "~von uns erwarten können", "~wir ihnen bieten", "~wir dir bieten"],
    fr: ["avantages", "~avantages", "~ce que nous offrons", "~ce que nous proposons", "~ce que nous vous proposons", "~nous offrons", "~nous proposons", "~nous vous offrons", "~nous vous proposons", "~on vous offre", "~on vous propose", "~ce que l'on offre", "~ce qu'on vous offre", "~rémunération et avantages", "~les plus de", "~ce que vous y gagnez", "~ce qu'on t'offre", "~on t'offre", "~ce que nous t'offrons", "~vous offre en échange", "~c'est bénéficier", "~ce que nous t'apportons", "~ce que nous vous apportons", "~ce que nous apportons", "~ce qu'on propose", "~ce que l'on propose", "~trouveras chez nous", "~trouverez chez nous", "~ce que vous obtiendrez", "~ce que tu obtiendras", "~en retour"],
    it: ["~cosa offriamo", "~offriamo", "~ti offriamo", "~cosa ti offriamo", "~vantaggi", "~benefit", "~i nostri benefit", "~welfare", "~pacchetto retributivo", "~cosa troverai"],
    zh: ["福利待遇", "福利", "我们提供", "职位诱惑", "薪资福利", "职位福利"],
  },
  {
    // "You will:" / "You'll:" alone or as a lead: duties, tried after "You'll need" and "You'll get".
    kind: "responsibilities",
    variants: ["you'll", "you will be", "this role is", "this role will", "you'll$"],
  },
  {
    // "What you can expect:" heads a list of perks as often as one of duties (1Password's first
    // months in the role): the items decide.
    kind: "benefitsElseDuties",
    variants: ["what you can expect"],
  },
  {
    // The job board's "Job Description" wrapper: duties when it lists them, else an intro.
    kind: "responsibilitiesIfList",
    variants: ["=job description", "=the job description"],
  },
  {
    // A bare "Compensation" heading lists the pay alone ("Base pay: $110k–$270k", a pay-range
    // notice) as often as the pay with the paid time off, insurance and 401k beside it: benefits
    // only when most items name perks other than pay.
    kind: "benefitsIfPerksBeyondPay",
    variants: ["=compensation"],
  },
  {
    // A job board template's catch-all: its list is benefits when the items are perks, and
    // otherwise (accommodation notes, degree lists, travel terms) nothing.
    kind: "benefitsIfPerks",
    variants: ["=additional information", "=additional info"],
    pt: ["=informações adicionais"],
    es: ["=información adicional"],
    de: ["=zusätzliche informationen", "=weitere informationen"],
    fr: ["=informations complémentaires", "=informations supplémentaires"],
    it: ["=informazioni aggiuntive"],
  },
  {
    // "Why we're hiring" / "Why this role matters" explain the opening; they list no offerings.
    kind: "none",
    variants: ["why we", "why we're", "why this", "why does", "why is", "why are we", "why now", "this role will close",
      // A list of the open roles ("Two roles open:", "We're hiring for:"): each role's line, not what one role asks or offers.
      "open roles", "~roles open", "open positions", "~positions open", "current openings", "featured roles", "=roles", "=positions", "=openings",
      "we're hiring for", "we are hiring for", "hiring for", "~roles we're hiring", "~positions we're hiring"],
    fr: ["pourquoi nous avons besoin", "pourquoi nous recrutons", "pourquoi ce poste"],
  },
  {
    // Pitches: a benefits section only when they hold a list of what is offered (label notes:
    // Outlier's "Why work on Outlier?" list counts; Deel's prose "Why should you be part…" does not).
    kind: "benefitsIfList",
    variants: [
      // "Compensation Package": a list of what is offered, or a note on how the job may be paid
      "~compensation package",
      "why", "what it's like working", "what it's like to work", "what's it like", "life at", "working at", "working with us",
      "work with us", "~reasons to", "what makes working at", "~makes working", "~why you'll love",
      // "What makes this different from other roles:", "What makes this opportunity unique:": the same pitch
      // asked of the job ("What makes us different:" is about the employer and names nothing).
      "what makes this", "what sets this",
    ],
    pt: ["por que trabalhar", "~por que trabalhar", "por que você vai", "~por que se juntar", "por que"],
    es: ["por qué", "~por qué trabajar", "~por qué unirte"],
    de: ["warum", "~warum wir", "~warum du"],
    fr: ["pourquoi", "~pourquoi nous rejoindre", "~pourquoi rejoindre", "~cadre de travail", "~environnement de travail", "en rejoignant", "en nous rejoignant"],
    it: ["perché", "~perché lavorare", "~perché unirti", "~perché scegliere"],
  },
  {
    // The team and project the hire joins: their work and tools are the role's (not the employer's story below).
    kind: "none",
    variants: ["about the team", "about our team", "about this team", "our team", "the team", "meet the team", "team", "~team", "~squad",
      // A longer heading that ends naming the team the hire joins ("Your Future Brand & Content Marketing Team").
      "team$", "about the project", "the project", "your team"],
  },
  {
    // The employer's story, mission, values and customers: nothing to collect, and the
    // technologies they name are the company's, not the role's (extract/skills.ts).
    kind: "none",
    aboutEmployer: true,
    variants: [
      "about", "who we are", "=who are we", "~who we are", "~about us", "our company", "the company", "company", "company overview", "company description",
      "our values", "values", "~core values", "~our values", "what we value", "~we value", "our culture", "culture", "our mission", "mission", "our story",
      "our vision", "vision", "equal opportunity", "~equal opportunity", "~equal opportunities", "~equal employment", "eeo", "diversity", "~diversity",
      "~inclusion", "our products", "the product", "what we do", "what do we do", "our customers", "get to know us", "our commitment", "recent press",
      "~shareholder letter", "~press",
    ],
    pt: ["sobre", "quem somos", "~quem somos", "a empresa", "=empresa", "~nossa empresa", "~sobre nós", "~sobre a empresa", "~nossa cultura", "~nossos valores"],
    es: ["sobre", "~quiénes somos", "~quienes somos", "~nosotros", "~la empresa", "=empresa", "~nuestra empresa", "~nuestra cultura", "~nuestros valores"],
    de: ["über uns", "~über uns", "wer wir sind", "~wer wir sind", "~das sind wir", "~unternehmen", "~unsere werte", "~unsere kultur"],
    fr: ["qui sommes nous", "~qui sommes nous", "~à propos", "~l'entreprise", "~notre entreprise", "~notre culture", "~nos valeurs"],
    it: ["~chi siamo", "~chi siamo noi", "~l'azienda", "~la nostra azienda"],
    zh: ["公司介绍", "关于我们", "公司简介"],
  },
  {
    kind: "none",
    variants: [
      "overview", "description", "job description", "summary", "application process", "~process", "how to apply", "~to apply", "apply",
      "next steps", "interview", "~interview", "hiring", "recruitment", "location", "~location", "where you'll be working",
      "tech stack", "~tech stack", "our stack", "stack", "technical stack", "~technologies", "tools we use", "~tools we use", "~tools that we use", "~tools we're using",
      "pay", "salary", "~salary range", "~pay range", "pay transparency", "~pay transparency", "compensation", "~compensation philosophy",
      "~leveling", "working conditions", "work conditions", "note", "please note", "notes", "important", "disclaimer", "~privacy", "accommodation", "~accommodations",
      "keywords", "practicals", "logistics", "language", "languages", "start date", "~visa", "getting things done", "~covid",
      "~background check", "~fraud", "~disclosure", "what we're building",
      "what we are building", "additional information", "more information", "learn more", "more on", "more about",
      "work type", "how we work", "the way we work", "~apply", "travel", "who will you work with",
      "who you'll work with", "~work with$", "our approach", "onboarding", "~physical demands", "~statement", "~notice", "stay connected",
      "stay in touch", "our technology", "what we use", "tech stack", "~technology stack", "~technical stack", "~technological stack", "the stack", "your stack", "~stack includes", "contract length", "~base salary", "eligibility", "recent press",
      "what do we do", "who may apply", "please email", "please send", "please submit", "~email", "~submit", "~eeoc", "~li remote", "~faq",
    ],
    pt: ["=local", "~local de trabalho", "~localização", "~alocação", "=regime", "~contratação", "~tipo de contratação", "~forma de contratação", "~regime de contratação", "=nível", "=salário", "~faixa salarial", "~range salarial", "~contato", "=labels", "~mais informações", "~informações adicionais", "~observações", "~horário", "~tecnologias", "=stack", "~nossa stack", "~ambiente tecnológico", "~ambiente técnico", "~equipe", "~o time", "~nosso time"],
    es: ["~qué hace", "~qué es", "=lugar", "~ubicación", "~modalidad", "=detalles", "~sueldo", "~salario", "~cuánto se paga", "~contacto", "~tecnologías", "~stack", "~entorno tecnológico", "~entorno técnico", "~el equipo", "~nuestro equipo", "~área de trabajo", "~nuestras redes", "~cómo funciona"],
    de: ["=wir", "~unser team", "~das team", "~standort", "~arbeitsort", "~gehalt", "~vergütung", "~kontakt", "~fragen", "~ansprechpartner", "~technologien", "~tech stack", "~tech-stack", "~techstack", "~technologie-stack", "~fristen", "~friste", "~ausbildungsdauer", "=jobs", "=praktika"],
    fr: ["~valeurs humaines", "~la vie en entreprise", "~fonctionnement interne", "~quelques mots", "~quelques présentations", "~que fait", "~locaux", "~localisation", "=lieu", "~salaire", "~rémunération", "=technos", "=informations", "~environnement technique", "~environnement technologique", "~stack technique", "=environnement", "~la stack", "~l'équipe", "~activités de", "~conditions du stage", "~conditions du contrat", "=conditions", "=en vrac", "modalités"],
    it: ["~il team", "~il nostro team", "~sede", "~sede di lavoro", "~retribuzione", "~informazioni aggiuntive"],
  },
];

/** Headings longer than this are sentences, not headings. */
export const HEADING_MAX_WORDS = 16;
/** "~phrase" rows only apply to headings up to this length (not to long sentences). */
export const CONTAINS_MAX_WORDS = 12;
/** A word inside a longer line ("…the following technologies:") does not make it an about-us heading. */
export const NONE_CONTAINS_MAX_WORDS = 6;

// Apostrophe look-alikes, folded to a plain apostrophe.
const APOSTROPHE_RE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
// Ampersands and plus signs that stand for "and".
const AMPERSAND_RE = /\s*&\s*/g;
// Combining marks left by NFD: accents are folded, since people drop them in headings ("Beneficios").
const MARK_RE = new WordPattern(String.raw`\p{M}+`, "gu");
// A number opening a heading: its place in a numbered outline ("1. Requisitos", "2) Aufgaben") or an
// issue number left before a template's label ("#394  Descrição da vaga").
const LEADING_NUMBER_RE = new WordPattern(String.raw`^\s*#?\d{1,4}\s*[.):–—-]?\s+(?=\p{L})`, "u");
// A French article elided onto the next word ("L’Compétences", "D'autres atouts"): read as the word alone.
const ELIDED_ARTICLE_RE = new WordPattern(String.raw`(^|\s)[ld]'(?=\p{L})`, "gu");
// Anything that is not a letter, digit or apostrophe (emoji, punctuation, hyphens) → a space.
const NON_WORD_RE = new WordPattern(String.raw`[^\p{L}\p{N}']+`, "gu");
// Apostrophes not inside a word (quotes) and the letter-less leftovers.
const STRAY_APOSTROPHE_RE = /(^|\s)'+|'+(?=\s|$)/g;
// Spelled-out contractions folded to the short form, so one variant covers both.
const CONTRACTION_RES: readonly [RegExp, string][] = [
  // "you will" → "you'll"
  [/\byou will\b/g, "you'll"],
  // "we are" → "we're"
  [/\bwe are\b/g, "we're"],
  // "you are" → "you're"
  [/\byou are\b/g, "you're"],
  // "what is" → "what's"
  [/\bwhat is\b/g, "what's"],
  // "we would" → "we'd"
  [/\bwe would\b/g, "we'd"],
];

// ASCII words with single spaces between: lower-casing alone normalises such a heading.
const PLAIN_HEADING_RE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// A spelled-out form that CONTRACTION_RES would shorten.
const SPELLED_CONTRACTION_RE = /\b(?:you will|we are|you are|what is|we would)\b/;

/** Lower case, accents dropped, apostrophes folded, "&" → "and", punctuation and emoji → spaces, trimmed. */
export function normalizeHeading(text: string): string {
  // Most headings and table phrases are plain words: spared NFKD and a dozen replacements.
  const cut = text.slice(0, 400);
  const head = cut.replace(LEADING_NUMBER_RE.for(cut), "");
  if (PLAIN_HEADING_RE.test(head)) {
    const lower = head.toLowerCase();
    if (!SPELLED_CONTRACTION_RE.test(lower)) return lower;
  }
  const split = head.normalize("NFKD");
  let s = split.replace(MARK_RE.for(split), "").toLowerCase().replace(APOSTROPHE_RE, "'").replace(AMPERSAND_RE, " and ");
  // Each step only removes or folds characters: a Latin-1 text stays one, so one form serves them all.
  const nonWord = NON_WORD_RE.for(s);
  s = s.replace(nonWord, " ").replace(STRAY_APOSTROPHE_RE, "$1").replace(ELIDED_ARTICLE_RE.for(s), "$1");
  for (const [re, to] of CONTRACTION_RES) s = s.replace(re, to);
  return s.replace(nonWord, " ").trim();
}

interface CompiledVariant {
  kind: HeadingKind;
  weak: boolean;
  aboutEmployer: boolean;
  longContains: boolean;
  notUnder: HeadingKind | null;
  contains: boolean;
  /** The phrase normalised: a heading it can match holds it. */
  phrase: string;
  /** Matched at the heading's start ("phrase", "=phrase"): the heading's first word is the phrase's. */
  anchored: boolean;
  /** Where the phrase must stand in the normalised heading, between word boundaries (spaces). */
  mode: "start" | "exact" | "contains" | "end";
  /** From a language's column, not the English one. */
  local: boolean;
}

// The only separator a normalised heading has between its words.
const SPACE = 0x20;

/** Whether `phrase` stands in `norm` as `mode` asks, with a space or an end of text on each side. */
function matchesAt(norm: string, phrase: string, mode: CompiledVariant["mode"]): boolean {
  if (mode === "exact") return norm === phrase;
  const edgeAfter = (end: number) => end === norm.length || norm.charCodeAt(end) === SPACE;
  const edgeBefore = (at: number) => at === 0 || norm.charCodeAt(at - 1) === SPACE;
  if (mode === "start") return norm.startsWith(phrase) && edgeAfter(phrase.length);
  if (mode === "end") return norm.endsWith(phrase) && edgeBefore(norm.length - phrase.length);
  for (let at = norm.indexOf(phrase); at >= 0; at = norm.indexOf(phrase, at + 1)) {
    if (edgeBefore(at) && edgeAfter(at + phrase.length)) return true;
  }
  return false;
}

function compile(row: SectionNameRow, variant: string, local = false): CompiledVariant {
  let phrase = variant;
  let mode: "start" | "exact" | "contains" | "end" = "start";
  if (phrase.startsWith("=")) [mode, phrase] = ["exact", phrase.slice(1)];
  else if (phrase.startsWith("~")) [mode, phrase] = ["contains", phrase.slice(1)];
  else if (phrase.endsWith("$")) [mode, phrase] = ["end", phrase.slice(0, -1)];
  const norm = normalizeHeading(phrase);
  const anchored = mode === "start" || mode === "exact";
  return {
    kind: row.kind, weak: row.weak ?? false, aboutEmployer: row.aboutEmployer ?? false, longContains: row.longContains ?? false, notUnder: row.notUnder ?? null,
    contains: mode === "contains", phrase: norm, anchored, mode, local,
  };
}

/** A language column's "~phrase" also names a heading that starts with the phrase, as a start
 *  variant would: a bare line "Votre mission" or "Atividades da vaga" is a heading by its start,
 *  where the same phrase inside a longer line is only a hint. (The English column keeps the two apart.) */
function languageVariants(row: SectionNameRow, variant: string): CompiledVariant[] {
  return variant.startsWith("~") ? [compile(row, variant.slice(1), true), compile(row, variant, true)] : [compile(row, variant, true)];
}

interface CompiledNames {
  /** Every variant, in table order. */
  variants: readonly CompiledVariant[];
  /** Positions of the anchored variants by their first word. */
  anchoredByFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Positions of the others ("~phrase", "phrase$") by their first word: such a phrase stands in a
   *  heading between spaces, so its first word is one of the heading's words. */
  floatingByFirstWord: ReadonlyMap<string, readonly number[]>;
}

let compiled: CompiledNames | undefined;

/** The table compiled on first use (700 patterns: a run that never classifies a heading skips them). */
function compiledNames(): CompiledNames {
  if (compiled) return compiled;
  const variants = SECTION_NAMES.flatMap((row) => [
    ...row.variants.map((v) => compile(row, v)),
    ...HEADING_LANGUAGES.flatMap((l) => (row[l] ?? []).flatMap((v) => languageVariants(row, v))),
  ]);
  const anchoredByFirstWord = new Map<string, number[]>();
  const floatingByFirstWord = new Map<string, number[]>();
  variants.forEach((v, i) => {
    const byFirstWord = v.anchored ? anchoredByFirstWord : floatingByFirstWord;
    const first = firstWord(v.phrase);
    const list = byFirstWord.get(first);
    if (list) list.push(i);
    else byFirstWord.set(first, [i]);
  });
  return (compiled = { variants, anchoredByFirstWord, floatingByFirstWord });
}

function firstWord(norm: string): string {
  const space = norm.indexOf(" ");
  return space < 0 ? norm : norm.slice(0, space);
}

export interface HeadingMeaning {
  kind: HeadingKind;
  weak: boolean;
  /** The kind of enclosing section under which this heading names nothing. */
  notUnder: HeadingKind | null;
  /** Matched by a phrase inside the heading ("~phrase"), not by its start or whole text. */
  contains: boolean;
  /** The heading is about the employer (SectionNameRow.aboutEmployer). */
  aboutEmployer: boolean;
}

/** Headings and label lines repeat across postings ("Requirements", "What you'll do"): answers
 *  are remembered by raw text (skipping normalizeHeading) and by normalised text. 1,024 keeps the
 *  common ones; 8,192 of mostly one-off lines cost ~7 MB of peak RSS over the corpus, no speed. */
const MEMO_MAX = 1024;

/** Variants that can match `norm`, in table order: anchored ones sharing its first word, floating
 *  ones whose first word is one of its words. Looked up by word, not by scanning the ~400 floating
 *  phrases: most lines classified are no heading, and that scan was most of their cost. */
function candidatesFor(norm: string, names: CompiledNames): readonly number[] {
  const anchored = names.anchoredByFirstWord.get(firstWord(norm)) ?? [];
  let floating: number[] | undefined;
  // Each variant has one first word, so distinct words never list a variant twice.
  for (const word of new Set(norm.split(" "))) {
    const at = names.floatingByFirstWord.get(word);
    if (at) (floating ??= []).push(...at);
  }
  if (!floating) return anchored;
  floating.sort((x, y) => x - y);
  const out: number[] = [];
  let a = 0;
  for (const f of floating) {
    while (a < anchored.length && anchored[a] < f) out.push(anchored[a++]);
    out.push(f);
  }
  while (a < anchored.length) out.push(anchored[a++]);
  return out;
}

function meaningOf(v: CompiledVariant, contains: boolean): HeadingMeaning {
  return { kind: v.kind, weak: v.weak, notUnder: v.notUnder, contains, aboutEmployer: v.aboutEmployer };
}

function classifyNormalized(norm: string, localOnly = false): HeadingMeaning | null {
  const words = wordCount(norm);
  if (words > HEADING_MAX_WORDS) return null;
  const names = compiledNames();
  let found: CompiledVariant | null = null;
  for (const i of candidatesFor(norm, names)) {
    const v = names.variants[i];
    if (localOnly && !v.local) continue;
    if (v.contains && words > (v.kind === "none" && !v.longContains ? NONE_CONTAINS_MAX_WORDS : CONTAINS_MAX_WORDS)) continue;
    if (!matchesAt(norm, v.phrase, v.mode)) continue;
    // "Minimum Requirements" hits "~requirements" first; its start variant of the same kind makes it a whole-heading match.
    if (found === null) found = v;
    if (!v.contains && v.kind === found.kind) return meaningOf(found, false);
  }
  if (!found) found = misspelled(norm, names);
  // "Position Requirements", "Role Qualifications": a word naming the job before a section's name
  // leaves that name the whole heading, as "Job Requirements" spells out.
  if (!localOnly && (!found || found.contains)) {
    const first = firstWord(norm);
    const inner = JOB_QUALIFIERS.has(first) && first !== norm ? classifyNormalized(norm.slice(first.length + 1)) : null;
    if (inner && !inner.contains && (!found || inner.kind === found.kind)) return inner;
  }
  // "Deine Aufgaben", "Suas atividades", "Nos avantages": a possessive or article before a name of a
  // language's column leaves it the whole heading (a bare line heads its section), not a phrase inside a
  // longer one. English names keep their own determiners ("Les bonus Acme" lists perks, not "Bonus" extras).
  if (!localOnly && (!found || found.contains)) {
    const rest = withoutLeadingDeterminers(norm);
    // A short word left alone is too thin to stand for the heading: "Les plus" (a perk list as often as extras).
    const inner = rest !== norm && (rest.includes(" ") || rest.length > MIN_BARE_WORD_CHARS) ? classifyNormalized(rest, true) : null;
    if (inner && !inner.contains && (!found || inner.kind === found.kind)) return inner;
  }
  return found && meaningOf(found, found.contains);
}

/** English words naming the job that may open a heading before its section's name. */
const JOB_QUALIFIERS: ReadonlySet<string> = new Set(["position", "role", "job"]);

/**
 * Possessives, articles and "main" that open a heading in each language ("Deine Aufgaben", "Tus
 * funciones", "Principais atividades", "Les missions"). Not English (its column spells such headings
 * out), nor the one-letter articles a/o (English "A plus").
 */
const LEADING_DETERMINERS: Readonly<Record<"pt" | "es" | "de" | "fr" | "it", readonly string[]>> = {
  pt: ["suas", "seus", "sua", "seu", "as", "os", "nossas", "nossos", "nossa", "nosso", "principais", "minhas", "meus"],
  es: ["tus", "tu", "sus", "su", "las", "los", "la", "el", "nuestras", "nuestros", "nuestra", "nuestro", "principales", "mis"],
  de: ["deine", "dein", "ihre", "ihr", "unsere", "unser", "die", "der", "das", "meine", "wichtigste", "wichtigsten"],
  fr: ["vos", "votre", "tes", "ton", "ta", "les", "le", "nos", "notre", "principales", "principaux", "mes"],
  it: ["le", "tue", "tuoi", "tua", "tuo", "i", "il", "nostri", "nostre", "principali"],
};
/** A heading left as one word after its determiners names its section only past this many letters. */
const MIN_BARE_WORD_CHARS = 4;
/** Leading determiners stripped at most: "Suas principais atividades". */
const MAX_LEADING_DETERMINERS = 2;
let leadingDeterminers_: ReadonlySet<string> | undefined;

/** `norm` without up to MAX_LEADING_DETERMINERS leading determiners of any language's column. */
function withoutLeadingDeterminers(norm: string): string {
  const determiners = (leadingDeterminers_ ??= new Set(Object.values(LEADING_DETERMINERS).flat().map(normalizeHeading)));
  let rest = norm;
  for (let k = 0; k < MAX_LEADING_DETERMINERS; k++) {
    const first = firstWord(rest);
    if (!determiners.has(first) || first === rest) break;
    rest = rest.slice(first.length + 1);
  }
  return rest;
}

/**
 * One-word headings at least this long are read past one wrong letter; shorter words are too
 * alike across the table's languages (English "Advantages" is one letter from French "Avantages").
 */
const MIN_MISSPELLED_CHARS = 11;

/**
 * A one-word heading one letter away from a one-word name of the table: authors' typos
 * ("Responsabiliades", "Requirments", "Responsibilites") name their section all the same.
 */
function misspelled(norm: string, names: CompiledNames): CompiledVariant | null {
  if (norm.length < MIN_MISSPELLED_CHARS || norm.includes(" ")) return null;
  for (const v of names.variants) {
    if (!v.anchored || v.phrase.includes(" ") || Math.abs(v.phrase.length - norm.length) > 1) continue;
    if (distance(norm, v.phrase) === 1) return v;
  }
  return null;
}

const byNormalized = new StringMemo(classifyNormalized, MEMO_MAX);
const byText = new StringMemo((text: string) => {
  const norm = normalizeHeading(text);
  return norm ? byNormalized.get(norm) : null;
}, MEMO_MAX);

/** What a heading text names, or null when it names none of the known sections. */
export function classifyHeading(text: string): HeadingMeaning | null {
  return byText.get(text);
}

/** Any of `phrases`, normalised as headings are, as whole words of a normalised text. */
function wholePhrasesRe(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:^| )(?:${phrases.map(normalizeHeading).join("|")})(?= |$)`);
}

/**
 * Nouns that name the duties themselves, in every language: a lead-in holding one ("Las principales
 * responsabilidades que esperamos que tomes son:") names the list after it, where other duty
 * phrases in a sentence ("…where you will encounter the following:") only describe the work.
 */
const DUTY_NOUNS: readonly string[] = [
  "responsibilities", "duties",
  // The work itself, named as the projects the hire takes on ("Projects range widely, and include:").
  "projects",
  "responsabilidades", "atribuições",
  "funciones",
  "aufgaben", "verantwortlichkeiten",
  // Not "missions": French also calls a consultancy's client engagements so ("au travers de missions variées :").
  "responsabilités", "tâches", "pour missions", "pour mission", "vos missions", "tes missions",
];
/** The duty noun must stand among a lead-in's last words, where it names the list after it
 *  ("Some of your responsibilities will include:"), not in a clause before what the list is
 *  ("Because the responsibilities of this role are open-ended, … listed below:"). */
const DUTY_NOUN_LAST_WORDS = 6;
let dutyNounRe_: RegExp | undefined;
/** DUTY_NOUNS normalised as headings are, whole words; built on first use (start-up compiles no pattern it may not need). */
function dutyNounRe(): RegExp {
  return (dutyNounRe_ ??= wholePhrasesRe(DUTY_NOUNS));
}

/**
 * Phrases that call what follows an extra, per language: a sentence-long lead-in holding one
 * ("Si en plus de ça, vous avez une expérience des éléments suivants, ce serait notre petite cerise
 * sur le gâteau :", "Les connaissances suivantes seront appréciées et pourront faire la différence :")
 * names the list after it nice-to-have, past the length at which a heading's inner phrase counts.
 * Only phrases that mean nothing else in a sentence ("plus" alone is "more" in French).
 */
const NICE_TO_HAVE_LEAD_INS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr", readonly string[]>> = {
  en: ["would be a plus", "will be a plus", "is a plus", "are a plus", "a big plus", "bonus points", "nice to have", "icing on the cake", "cherry on top", "cherry on the cake"],
  pt: ["diferencial", "diferenciais", "desejável", "desejáveis", "será um plus", "é um plus", "seria um plus", "pontos extras", "não obrigatório", "não obrigatórios"],
  es: ["deseable", "deseables", "sería un plus", "será un plus", "es un plus", "se valorará", "se valorarán", "valoraremos", "valoraríamos", "valorable", "valorables", "suma puntos", "puntos extra", "no excluyente", "no excluyentes"],
  de: ["von vorteil", "wünschenswert", "ein plus", "pluspunkt", "pluspunkte", "kein muss"],
  fr: ["un plus", "un atout", "appréciée", "appréciées", "apprécié", "appréciés", "souhaitable", "souhaitables", "cerise sur le gâteau", "en bonus", "petit plus"],
};
let niceToHaveLeadInRe_: RegExp | undefined;
/** NICE_TO_HAVE_LEAD_INS, every column, normalised as headings are, whole words; built on first use. */
function niceToHaveLeadInRe(): RegExp {
  return (niceToHaveLeadInRe_ ??= wholePhrasesRe(Object.values(NICE_TO_HAVE_LEAD_INS).flat()));
}

/**
 * Phrases that call what follows what working there is like, as a pitch names its perks ("Here are
 * some of the great things about working at Acme:", "What we love about working here:"): a
 * sentence-long lead-in holding one names the list after it benefits.
 */
const BENEFIT_LEAD_INS: readonly string[] = ["about working at", "about working here", "about working with us", "about working for", "about being part of", "about joining"];
let benefitLeadInRe_: RegExp | undefined;
/** BENEFIT_LEAD_INS normalised as headings are, whole words; built on first use. */
function benefitLeadInRe(): RegExp {
  return (benefitLeadInRe_ ??= wholePhrasesRe(BENEFIT_LEAD_INS));
}

/** A lead-in sentence may run this long and still name the list after it. */
export const LEAD_IN_MAX_WORDS = 2 * HEADING_MAX_WORDS;

/**
 * What a sentence-long lead-in names by a phrase anywhere in it, past the length at which a
 * heading's inner phrase counts: "benefits" for what is offered ("As an Acme employee, you'll
 * receive our benefits package, plus you'll:"), "none" for the employer's values ("…fuelled by
 * our values, here's how they relate to this role:"), "niceToHave" for extras (NICE_TO_HAVE_LEAD_INS), else null. Only these phrases are read so:
 * they rarely mean anything else.
 */
export function leadInNames(text: string): "benefits" | "responsibilities" | "niceToHave" | "none" | null {
  const norm = normalizeHeading(text);
  if (!norm || !hasAtMostWords(norm, LEAD_IN_MAX_WORDS)) return null;
  if (dutyNounRe().test(norm.split(" ").slice(-DUTY_NOUN_LAST_WORDS).join(" "))) return "responsibilities";
  if (niceToHaveLeadInRe().test(norm)) return "niceToHave";
  if (benefitLeadInRe().test(norm)) return "benefits";
  const names = compiledNames();
  for (const i of candidatesFor(norm, names)) {
    const v = names.variants[i];
    const named = v.kind === "benefits" ? "benefits" : v.aboutEmployer && v.contains ? "none" : null;
    if (named && matchesAt(norm, v.phrase, v.mode)) return named;
  }
  return null;
}
