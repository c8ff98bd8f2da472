// How postings in other languages name their hiring company (SPEC §1 "company", the body
// fallback, and the job-board titles "[Remoto] Desenvolvedor Backend na Acme"): the words around
// the name in "Na X, nós…", "En X buscamos…", "Bei X arbeiten wir…", "Chez X, nous…", "X é uma
// empresa…", "X sucht…", "Wir sind X", "¿Qué es X?". One column per language; adding a language
// is adding a column. The English shapes live in company-name-patterns.ts. Words are regex
// sources, matched case-sensitively (a company name is told by its capital letter).

export const INTRO_LANGUAGES = ["pt", "es", "de", "fr"] as const;
export type IntroLanguage = (typeof INTRO_LANGUAGES)[number];

export interface CompanyIntroWords {
  /** The preposition of "At Vanta, we…": "Na X", "En X", "Bei X", "Chez X". */
  at: string;
  /** What follows "At X," when the sentence speaks for the company ("nós", "buscamos", "wir"); in
   *  Portuguese and Spanish any first-person plural verb does ("Na Lumina, criamos…"), told by its ending. */
  we: string;
  /** The article a name may stand after in "A Acme é…", "La Acme busca…", "L’Acme recrute…". */
  article: string;
  /** "Somos a X", "Wir sind X", "Wir, die X,", "Nous sommes X". */
  weAre: string;
  /** The indefinite articles of an apposition naming what the company is: "X, uma fintech de…", "X, ein Softwarehaus…". */
  a: string;
  /** The verbs of "X busca…", "X sucht…", "X recrute…" opening a sentence. */
  hiring: string;
  /** What a company says it does, opening a paragraph: "Boot-Start développe…", "Acme desarrolla…", "Acme entwickelt…". */
  does: string;
  /** "Fundada em 1993, a X…", "Gegründet 2012, X…": the founding clause before the name. */
  founded: string;
  /** The "is a" of "X é uma empresa", "X ist ein Unternehmen", "X est une agence". */
  isA: string;
  /** The nouns that close "X é uma … empresa": what a company calls itself. */
  nouns: string;
  /** German writes the noun as the tail of a compound ("ein Softwareunternehmen", "ein IT-Dienstleister"). */
  compoundNouns?: boolean;
  /** Headings "Sobre a X", "¿Qué es X?", "Über X", "À propos de X". */
  about: string;
  /** "Junte-se à X", "Únete a X", "Werde Teil von X", "Rejoignez X". */
  join: string;
  /** The preposition of a board title "Desenvolvedor na Acme", "Front end en Inclusion". */
  titleAt: string;
  /** Role nouns of a title, lower case ("desenvolvedor", "Entwickler"): tell the role from the company in "Acme - Desarrollador". */
  roles: string;
  /** Capitalised words that open sentences and headings but are never a company (pronouns, articles, German nouns). */
  notNames: readonly string[];
}

export const COMPANY_INTRO_WORDS: Readonly<Record<IntroLanguage, CompanyIntroWords>> = {
  pt: {
    article: String.raw`A|O`,
    at: String.raw`Na|No|Aqui na|Aqui no`,
    we: String.raw`nós|nosso|nossa|nossos|nossas|somos|estamos|buscamos|procuramos|temos|acreditamos|queremos|trabalhamos|desenvolvemos|você|a gente|[LOWER]{2,16}(?:amos|emos|imos|ímos)`,
    weAre: String.raw`Somos a|Somos o|Nós somos a|Nós somos o`,
    a: String.raw`uma|um`,
    hiring: String.raw`contrata|busca|procura|está contratando|está buscando|está procurando|está em busca|abre vaga`,
    does: String.raw`desenvolve|oferece|ajuda|cria|constrói|fornece|conecta|transforma|atua`,
    founded: String.raw`Fundada em|Fundado em|Criada em|Criado em`,
    isA: String.raw`é uma|é um|é a|é o`,
    nouns: String.raw`empresa|startup|scale-up|plataforma|consultoria|agência|fintech|organização|instituição|fábrica|software house|companhia|grupo|rede|marca|escola|federação|líder|referência|fornecedora|provedora`,
    about: String.raw`Sobre a|Sobre o|Sobre|Quem é a|Quem é o|Conheça a|Conheça o|Por que trabalhar na|Por que trabalhar no|Por que fazer parte da|Por que fazer parte do`,
    join: String.raw`Junte-se à|Junte-se ao|Venha para a|Venha para o|Faça parte da|Faça parte do`,
    titleAt: String.raw`na|no`,
    roles: String.raw`desenvolvedor(?:a|es|as)?(?:\(a\))?|programador(?:a|es)?(?:\(a\))?|engenheir[oa]s?(?:\(a\))?|analista|arquitet[oa]|estagiári[oa]|gerente|coordenador(?:a)?|líder|técnic[oa]|especialista|pessoa desenvolvedora|desenvolvimento`,
    notNames: ["a", "o", "as", "os", "na", "no", "nós", "você", "ele", "ela", "esta", "este", "essa", "esse", "nossa", "nosso", "empresa", "vaga", "equipe", "time", "buscamos", "estamos", "somos", "se", "para", "com", "desenvolvedor", "desenvolvedora", "pessoa", "startup", "cliente", "companhia"],
  },
  es: {
    article: String.raw`La|El`,
    at: String.raw`En|Aquí en`,
    we: String.raw`nos|nosotros|nuestro|nuestra|nuestros|nuestras|somos|estamos|buscamos|tenemos|creemos|queremos|trabajamos|desarrollamos|dedicamos|te|tu|[LOWER]{2,16}(?:amos|emos|imos)`,
    weAre: String.raw`Somos|Nosotros somos`,
    a: String.raw`una|un`,
    hiring: String.raw`busca|contrata|incorpora|está buscando|está contratando|está en (?:la )?búsqueda|se encuentra en (?:la )?búsqueda`,
    does: String.raw`desarrolla|ofrece|ayuda|crea|construye|brinda|provee|conecta|transforma`,
    founded: String.raw`Fundada en|Fundado en|Creada en|Creado en`,
    isA: String.raw`es una|es un|es la|es el`,
    nouns: String.raw`empresa|startup|scale-up|plataforma|consultora|consultoría|agencia|fintech|organización|institución|compañía|grupo|red|marca|escuela|fundación|estudio|líder|referente|proveedor|proveedora`,
    about: String.raw`Sobre|Acerca de|¿Qué es|¿Quién es|¿Quiénes son|Qué es|Conoce a|¿Por qué ser parte del|¿Por qué ser parte de|¿Por qué trabajar en|¿Por qué unirte a|Por qué ser parte del|Por qué trabajar en`,
    join: String.raw`Únete a|Súmate a|Sumate a|Trabaja con|Trabaja en`,
    titleAt: String.raw`en|para`,
    roles: String.raw`desarrollador(?:a|es|as)?|programador(?:a|es)?|ingenier[oa]s?|analista|arquitect[oa]|diseñador(?:a)?|líder|jefe|gerente|animador(?:/a)?|practicante|pasante|frontenders?|backenders?|desarrollo`,
    notNames: ["el", "la", "los", "las", "en", "se", "nosotros", "tú", "usted", "esta", "este", "nuestra", "nuestro", "empresa", "equipo", "puesto", "somos", "estamos", "buscamos", "para", "con", "hola", "desarrollador", "desarrolladores", "startup", "cliente", "compañía"],
  },
  de: {
    article: String.raw`Die|Der|Das`,
    at: String.raw`Bei`,
    we: String.raw`wir|unser|unsere|uns|du|dich|dir|Sie`,
    weAre: String.raw`Wir sind|Wir, die|Wir, der|Wir, das`,
    a: String.raw`ein|eine|einem|einer`,
    hiring: String.raw`sucht|stellt ein|ist auf der Suche`,
    does: String.raw`entwickelt|bietet|hilft|baut|betreibt|vernetzt|unterstützt`,
    founded: String.raw`Gegründet|Gegründet im Jahr`,
    isA: String.raw`ist ein|ist eine|ist der|ist die|ist das`,
    nouns: String.raw`Unternehmen|Firma|Startup|Start-up|Scale-up|Scale-Up|Scaleup|Agentur|Verein|Organisation|Institut|Stiftung|Softwarehaus|Dienstleister|Anbieter|Hersteller|Team|Netzwerk|Plattform|Einrichtung|Beratung|Gruppe|Marktführer|Spezialist|Spezialisten|Pionier`,
    compoundNouns: true,
    about: String.raw`Über|Wer ist`,
    join: String.raw`Werde Teil von|Werde Teil des|Werde Teil der|Komm zu|Verstärke`,
    titleAt: String.raw`bei`,
    roles: String.raw`\p{L}*entwickler(?:in|innen)?(?:\*in|/in|:in)?|\p{L}*ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|leitung|informatiker(?:in)?|administrator(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|referent(?:in)?|fachkraft|projektmanager(?:in)?|produktmanager(?:in)?|mitarbeiter(?:in)?|auszubildende[rn]?|volljurist(?:in)?`,
    notNames: ["wir", "du", "sie", "ihr", "er", "es", "der", "die", "das", "ein", "eine", "bei", "unser", "unsere", "dein", "deine", "dich", "dir", "uns", "mich", "team", "unternehmen", "firma", "fragen", "stelle", "aufgaben", "profil", "teil", "jobs", "job", "über", "wer", "was", "wie", "hier", "gerne", "interesse", "bewerbung", "zukunft", "startup", "kunde", "kunden"],
  },
  fr: {
    article: String.raw`La|Le|L’|L'`,
    at: String.raw`Chez`,
    we: String.raw`nous|notre|nos|on|vous|tu`,
    weAre: String.raw`Nous sommes`,
    a: String.raw`une|un`,
    hiring: String.raw`recrute|recherche|embauche|cherche|est à la recherche`,
    does: String.raw`développe|propose|aide|crée|conçoit|accompagne|édite|fournit|construit`,
    founded: String.raw`Fondée en|Fondé en|Créée en|Créé en`,
    isA: String.raw`est une|est un|est la|est le|est l’|est l'`,
    nouns: String.raw`entreprise|société|startup|start-up|scale-up|Scale-Up|scaleup|agence|plateforme|association|organisation|institut|coopérative|collectif|studio|cabinet|acteur|éditeur|groupe|réseau|structure|ESN|SSII|laboratoire|leader|leaders|fournisseur|spécialiste|pionnier|fintech|filiale`,
    about: String.raw`À propos de|A propos de|Qui est|Qui sommes-nous|Découvrez|Pourquoi rejoindre|Pourquoi travailler chez`,
    join: String.raw`Rejoignez|Rejoins|Rejoindre|Intégrez`,
    titleAt: String.raw`chez`,
    roles: String.raw`développeu(?:r|se|r·euse|r\.euse|⋅se)s?|développeur⋅se|ingénieu(?:r|re)(?:\.e|·e)?s?|chargé(?:·e|\.e|e)?|chef|responsable|concepteur(?:·rice|rice)?|stagiaire|administrateur(?:·rice|rice)?|assistant(?:·e|e)?|consultant(?:·e|e)?|directeur(?:·rice|rice)?|architecte|animat(?:eur|rice)`,
    notNames: ["nous", "vous", "on", "il", "elle", "ils", "elles", "le", "la", "les", "un", "une", "chez", "notre", "nos", "votre", "vos", "équipe", "entreprise", "poste", "ce", "cette", "si", "startup", "start-up", "société", "client"],
  },
};

/** Every language's role nouns in one regex source, for text whose language is not known (a heading). */
export const ALL_LOCAL_ROLES = INTRO_LANGUAGES.map((l) => COMPANY_INTRO_WORDS[l].roles).join("|");

/** Whether `language` (ISO 639-1) has a column. */
export function isIntroLanguage(language: string | null | undefined): language is IntroLanguage {
  return (INTRO_LANGUAGES as readonly string[]).includes(language ?? "");
}
