/**
 * Entity cues as plain data: general knowledge about how names are built and
 * introduced in news text. No article's names live here; a name is typed
 * from its shape and from what the sentence says about it.
 */
import type { ContextCue, SuffixCue } from '../schema.js'

/**
 * Head words that end a name and type it ("Orbit Foundation", "Zeta
 * Council", "Quanta Technologies"). Matched case-insensitively on the last
 * word of a capitalised name.
 */
export const SUFFIX_CUES: SuffixCue[] = [
  {
    id: 'suffix-organization',
    type: 'Organization',
    weight: 3,
    words: [
      'Foundation', 'Council', 'Treasury', 'Technologies', 'Technology', 'Labs', 'Lab', 'Inc', 'Ltd', 'LLC',
      'GmbH', 'AG', 'Corp', 'Corporation', 'Company', 'Fund', 'Funds', 'DAO', 'Capital', 'Ventures', 'Exchange',
      'Association', 'Group', 'Institute', 'University', 'Bank', 'Agency', 'Committee', 'Alliance', 'Partners',
      'Holdings', 'Consortium', 'Collective', 'Commission', 'Authority', 'Media', 'Magazine', 'Times', 'Post',
      'Journal', 'Research', 'Studio', 'Studios', 'Systems', 'Solutions', 'Society', 'Academy', 'Suisse',
      'Trading', 'Investments', 'Advisors', 'Advisory', 'Securities', 'Associates', 'Co', 'Plc', 'PLC', 'Pte',
      'Limited', 'Incorporated', 'Partnership', 'Cooperative', 'Co-op', 'Coop', 'Consultancy', 'Consulting', 'Ministry', 'Department', 'Office', 'Bureau', 'Club', 'Union', 'Federation'
    ]
  },
  {
    // "Orbit Core Team": a team named as a body; "Orbit Networks" a company (one network is "Orbit Network").
    // A weaker vote than a company suffix.
    id: 'suffix-organization-team',
    type: 'Organization',
    weight: 2,
    words: ['Team', 'Board', 'Networks']
  },
  {
    id: 'suffix-project',
    type: 'Project',
    words: [
      'Protocol', 'Finance', 'Swap', 'Wallet', 'Bridge', 'App', 'SDK', 'Framework', 'Pallet', 'Hackathon',
      'Standard', 'Upgrade', 'Module', 'Oracle', 'Hub', 'Dex', 'DEX', 'Launchpad', 'Program', 'Programme'
    ]
  },
  {
    // "X Network", "X Project" name projects and chains alike: a weak vote only.
    id: 'suffix-weak-project',
    type: 'Project',
    weight: 1,
    words: ['Network', 'Project', 'Platform']
  },
  {
    id: 'suffix-network',
    type: 'Network',
    words: ['Chain', 'Blockchain', 'Parachain', 'Testnet', 'Mainnet', 'Ledger']
  },
  {
    id: 'suffix-token',
    type: 'Token',
    weight: 3,
    words: ['Token', 'Coin']
  }
]

/**
 * Suffixes that do not change what a name denotes: "Orion Network" and
 * "Orion" are one entity, "Zeta Blockchain" is Zeta. Suffixes missing
 * here (Council, Treasury, Foundation, …) make a different entity: "Zeta
 * Council" is not Zeta.
 */
export const TRANSPARENT_SUFFIXES: string[] = [
  'Network', 'Finance', 'Protocol', 'Chain', 'Blockchain', 'Project', 'Platform', 'Parachain', 'Technologies',
  'Labs', 'Hackathon', 'Mainnet', 'App', 'Token', 'Coin', 'Implementation', 'System', 'Infrastructure', 'Upgrade',
  'Update', 'Feature', 'Framework', 'Ecosystem',
  // A company's legal form: "Orbit Corporation" and "Orbit" are one company.
  'Inc', 'Ltd', 'LLC', 'Corp', 'Corporation', 'Limited', 'GmbH', 'AG', 'Plc', 'Investments', 'Networks'
]

/** Honorifics: dropped from names, and a strong Person cue. */
export const TITLES: string[] = ['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Sir', 'Dame', 'Rev']

/**
 * Role words: never part of a name; next to a name they mark a Person
 * ("founder Maria Lopez", "X, head of Y", "their Lead Developer").
 */
export const ROLE_WORDS: string[] = [
  'founder', 'co-founder', 'cofounder', 'creator', 'ceo', 'cto', 'coo', 'cfo', 'cmo', 'cio', 'ciso', 'head', 'lead', 'chief',
  'director', 'analyst', 'trader', 'spokesperson', 'spokesman', 'spokeswoman', 'member', 'editor', 'researcher',
  'engineer', 'developer', 'manager', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'partner', 'investor',
  'advisor', 'adviser', 'professor', 'scientist', 'architect', 'officer', 'executive', 'strategist', 'evangelist',
  'ambassador', 'contributor', 'maintainer', 'economist', 'journalist', 'reporter', 'writer', 'author', 'vp',
  'vice', 'senior', 'principal', 'product', 'strategy', 'marketing', 'operations', 'communications', 'community',
  'technical', 'research', 'growth', 'business', 'development', 'general', 'counsel', 'secretary', 'minister',
  'governor', 'commissioner', 'representative', 'expert', 'enthusiast', 'validator', 'byline', 'correspondent',
  'columnist', 'staff', 'educator', 'coordinator', 'consultant', 'specialist', 'designer', 'programmer', 'organizer',
  'organiser', 'treasurer', 'lawyer', 'attorney', 'advocate', 'host', 'co-host', 'cohost', 'moderator', 'podcaster'
]

/**
 * Role words that are a person's role on their own (ROLE_WORDS also holds
 * modifiers such as "senior" or "product"): the heads of "X, Partner at Y"
 * and "founder X".
 */
export const PERSON_ROLES: string[] = [
  'co-?founder', 'cofounder', 'founder', 'creator', 'ceo', 'cto', 'coo', 'cfo', 'cmo', 'cio', 'head', 'lead', 'chief',
  'director', 'analyst', 'trader', 'spokes(?:person|man|woman)', 'editor', 'researcher', 'engineer', 'developer', 'manager',
  'president', '(?:vice-|co-)?chair(?:man|woman|person)?', 'partner', 'investor', 'advis[eo]r', 'professor', 'scientist', 'architect', 'officer',
  'executive', 'strategist', 'evangelist', 'ambassador', 'economist', 'journalist', 'reporter', 'writer', 'author', 'vp',
  'counsel', 'secretary', 'minister', 'governor', 'commissioner', 'correspondent', 'columnist', 'consultant', 'specialist',
  'designer', 'host', 'co-host', 'moderator', 'educator', 'principal', 'associate', 'fellow', 'member', 'maintainer', 'contributor'
]
const ROLE = `(?:${PERSON_ROLES.join('|')})`

/**
 * Nouns that, before a name, say what kind of organisation it is
 * ("crypto exchange Orbit", "trading platform Zeta", "venture firm Omicron").
 */
const ORG_HEADS = '(?:exchange|trading platform|firm|company|startup|fund|investor|outlet|publication|newspaper|magazine|bank|custodian|issuer|conglomerate|giant|regulator|agency|brokerage|lender|miner|market maker)'

/**
 * Capitalised words that are not names on their own: jargon, generic
 * technology nouns, time words. Lower-cased; plurals are derived.
 */
export const NOT_NAMES: string[] = [
  'defi', 'cefi', 'nft', 'nfts', 'dao', 'daos', 'dapp', 'dapps', 'iot', 'api', 'apis', 'sdk', 'ai', 'ml', 'ico',
  'icos', 'ido', 'kyc', 'aml', 'p2p', 'evm', 'l1', 'l2', 'tvl', 'apy', 'apr', 'dex', 'amm', 'ceo', 'cto', 'coo',
  'cfo', 'usd', 'eur', 'gdp', 'faq', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'web3', 'web', 'web 3.0', 'internet',
  'crypto', 'cryptocurrency', 'blockchain', 'blockchains', 'parachain', 'parachains', 'parathread',
  'parathreads', 'relay', 'relay chain', 'chain', 'testnet', 'mainnet', 'canary', 'governance', 'treasury', 'council',
  'network', 'protocol', 'token', 'tokens', 'proof-of-stake', 'proof-of-work', 'proof-of-authority',
  'nominated proof-of-stake', 'pos', 'pow', 'npos', 'layer', 'layer-1', 'layer-2', 'metaverse', 'gamefi',
  'socialfi', 'stablecoin', 'stablecoins', 'altcoin', 'altcoins', 'bull', 'bear', 'byline', 'update', 'updates',
  'news', 'editor', 'note', 'summary', 'conclusion', 'introduction', 'overview', 'highlights', 'i', 'ok',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'covid', 'covid-19', 'ecosystem',
  'community', 'auction', 'auctions', 'crowdloan', 'crowdloans', 'staking', 'runtime', 'validator',
  'validators', 'nominator', 'nominators', 'referendum', 'referenda', 'ath', 'ui', 'ux', 'tps',
  'decentralized finance', 'decentralised finance', 'decentralized autonomous organization',
  'decentralised autonomous organisation', 'decentralized exchange', 'decentralised exchange',
  'decentralized application', 'decentralised application', 'non-fungible token', 'non-fungible tokens',
  'smart contract', 'smart contracts', 'zero-knowledge proof', 'zero-knowledge proofs',
  'total value locked', 'cross-chain messaging', 'layer 1', 'layer 2', 'proof of stake', 'proof of work',
  'depin', 'rwa', 'rwas', 'lst', 'lsts', 'lrt', 'lrts', 'restaking', 'zk', 'zkp', 'zkps', 'rollup', 'rollups', 'cex',
  'cexs', 'dexs', 'dexes', 'memecoin', 'memecoins', 'airdrop', 'airdrops', 'dapp store', 'mev', 'nfa', 'dyor',
  'series a', 'series b', 'series c', 'series d', 'seed round', 'pre-seed', 'ieo', 'token generation event', 'tge',
  'saas', 'paas', 'iaas', 'baas', 'b2b', 'b2c', 'r&d', 'q&a', 'm&a',
  // Officers named by acronym ("Maria Lopez, CIO, Orbix"), practices, and a funding stage ("their Seed investment").
  'cio', 'cmo', 'cso', 'cpo', 'ciso', 'evp', 'svp', 'devops', 'devsecops', 'mlops', 'gitops', 'seed',
  // A way of making software, capitalised as a slogan ("Open Source ethos").
  'open source', 'open-source'
]

/** Words that may continue a capitalised name in lower case ("Bank of England"). */
export const NAME_CONNECTORS: string[] = ['of', 'de', 'la', 'von', 'van', 'der', 'du', 'da', 'del', '&']

/**
 * Context cues: patterns around a mention (`{E}`) that type it. Patterns are
 * regular expressions matched case-insensitively on the sentence with
 * mentions masked. Weights add up per entity over the whole document.
 */
export const CONTEXT_CUES: ContextCue[] = [
  // Networks: chains and what is said of chains. Appositives end at a preposition: "X, a pioneer of blockchain technology" is no chain.
  { id: 'ctx-network-appositive', pattern: "{E}(?:,| (?:is|was|remains|became|serves as)) (?:an?|the|its|their|our)\\s+(?:(?!(?:of|in|for|with|and|to)\\s)[\\w-]+\\s+){0,4}?(?:relay chain|parachain|blockchain|chain|testnet|mainnet|canary network|network|layer[ -]?[12]|sidechain)\\b(?!['’]s)", type: 'Network', weight: 2 },
  { id: 'ctx-network-possessive', pattern: "{E}['’]s\\s+(?:own\\s+|main\\s+)?(?:relay chain|mainnet|testnet|blockchain|validators?|validator set|nominators?|parachains?|parachain slots?|block production|runtime|on-chain governance|governance)\\b", type: 'Network', weight: 1 },
  { id: 'ctx-network-head', pattern: '(?:the\\s+)?{E}\\s+(?:relay chain|parachain|blockchain|chain|testnet|mainnet|network|canary network|mainnet|validators?|nominators?)\\b', type: 'Network', weight: 1 },
  { id: 'ctx-network-of', pattern: '(?:parachain|blockchain|chain|testnet|canary network|relay chain)(?:\\s+(?:called|named|dubbed\\s+)?|,\\s+["“‘\']){E}', type: 'Network', weight: 1 },
  { id: 'ctx-network-native-token', pattern: "{E}(?:['’]s)?\\s+native\\s+(?:\\w+\\s+)?(?:token|coin|currency|asset)", type: 'Network', weight: 3 },
  { id: 'ctx-network-slots-on', pattern: '(?:parachains?|parachain slots?|slots?|auctions?|crowdloans?|validators?|nominators?)\\s+(?:on|of|for)\\s+(?:the\\s+)?{E}(?![\\w-]*\\s+(?:sdk|framework))', type: 'Network', weight: 1 },
  { id: 'ctx-network-tether', pattern: "(?:connect|tether|attach)(?:ed|s)?\\s+to\\s+(?:the\\s+)?{E}(?:['’]s)?\\s+(?:main\\s+)?relay chain", type: 'Network', weight: 2 },
  { id: 'ctx-network-on-chain', pattern: '(?:deployed|running|live|launched|built|hosted)\\s+on\\s+(?:the\\s+)?{E}\\b(?!\\s+(?:sdk|framework))', type: 'Network', weight: 0.5 },
  // Projects: protocols, products, platforms.
  { id: 'ctx-project-appositive', pattern: '{E}(?:,| (?:is|was|remains|became|serves as)) (?:an?|the)\\s+(?:(?!(?:of|in|for|with|and|to)\\s)[\\w-]+\\s+){0,4}?(?:protocol|platform|project|dapp|application|app|wallet|hub|marketplace|framework|standard|solution|service|tool|oracle|bridge|dex|exchange protocol)\\b', type: 'Project', weight: 2 },
  { id: 'ctx-project-head', pattern: '{E}\\s+(?:protocol|platform|project|dapp|app|wallet|hackathon|framework|sdk|upgrade|feature|pallet|module)\\b', type: 'Project', weight: 1 },
  // Organisations.
  { id: 'ctx-org-listed-on', pattern: '(?:listed|listing|listings|delisted|debuted)\\s+on\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1.5 },
  // "Omicron is the world's largest data center and colocation provider": a superlative's possessive and a coordinated head are still one appositive.
  { id: 'ctx-org-appositive', pattern: "{E}(?:,| (?:is|was|remains|became|serves as)) (?:an?|the)\\s+(?:(?:world|industry|nation|country)['’]s\\s+)?(?:(?!(?:of|in|for|with|to)\\s)[\\w-]+\\s+){0,6}?(?:company|firm|startup|foundation|exchange|fund|organi[sz]ation|agency|bank|venture|investor|custodian|outlet|publication|broker|provider|issuer|lender|regulator|conglomerate|market maker|brokerage|authority|supervisor|association|nonprofit|non-profit|charity|vendor|manufacturer)\\b", type: 'Organization', weight: 2 },
  { id: 'ctx-org-role-at', pattern: '\\b(?:at|with|of|from)\\s+(?:the\\s+)?{E}\\b', type: 'Organization', weight: 0.3 },
  // "Partner at Omicron", "Director of Investments at Omicron": a role held at a name makes it an organisation.
  { id: 'ctx-org-role-held-at', pattern: `\\b${ROLE}s?(?:\\s+of\\s+[^\\s,]+(?:\\s+[^\\s,]+)?)?\\s+(?:at|@)\\s+(?:the\\s+)?{E}`, type: 'Organization', weight: 2 },
  // "Orbit CEO Maria Lopez", "Orbit's CTO Maria Lopez": whose officer it is (founders found networks and projects too).
  { id: 'ctx-org-role-of-person', pattern: "{E}(?:['’]s)?\\s+(?:ceo|cto|coo|cfo|president|chairman|chairwoman|chairperson|(?:executive\\s+)?director|chief\\s+\\w+\\s+officer)\\s+{E}", type: 'Organization', weight: 2 },
  // An attribution "Maria Lopez, co-founder, Orbix" or "…, Director of Research, Orbix Labs": the name after the role is the employer.
  { id: 'ctx-org-attribution', pattern: `{M}(?:,\\s+|\\s*\\(\\s*)(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?${ROLE}(?:\\s+(?:of|for)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?,\\s+(?:the\\s+)?{E}(?=\\s*(?:[.;)<]|$))`, type: 'Organization', weight: 1.5 },
  // "the founder and CEO of Orbit", "CTO at Orbit": an officer's company.
  { id: 'ctx-org-officer-of', pattern: '\\b(?:ceo|cto|coo|cfo|chief\\s+\\w+\\s+officer|managing\\s+director|chair(?:man|woman|person)|president)\\s+(?:of|at)\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 2 },
  // Where people come from and work: "Maria Quell joins the Foundation from Omirex", "joins us from Omirex where …",
  // "my first job at Omirex", "working at Omirex". People move between employers, and employers are organisations.
  { id: 'ctx-org-employer', pattern: "\\b(?:join(?:s|ed|ing)?|c(?:o|a)mes?|moved?|moving)\\s+(?:(?:us|our\\s+team|(?:the\\s+)?(?:[\\w-]+|{M}))\\s+)?from\\s+(?:the\\s+)?{E}(?!\\s+(?:to|into)\\b)|\\b(?:job|work(?:s|ed|ing)?|employed|internship|stint|tenure)\\s+(?:(?:as\\s+(?:an?\\s+)?)?[\\w-]+\\s+){0,3}?at\\s+(?:the\\s+)?{E}", type: 'Organization', weight: 1.5 },
  // "Orbix cofounder Maria Quell", "Orbix founder Maria Quell": a founder named by the company. A fallback
  // (FALLBACK_CUES): founders found networks and projects too, so it counts only where nothing else types the name.
  { id: 'ctx-org-founder-of-person', pattern: "{E}(?:['’]s)?\\s+(?:co-?founder|cofounder|founder)\\s+{E}", type: 'Organization', weight: 1 },
  // What is acquired is a company: "the acquisition of Omirex", "its acquisition of Omirex".
  { id: 'ctx-org-acquired', pattern: '\\bacquisition\\s+of\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1 },
  // "Maria Quell, Chairman and Co-Founder of Omirex": both roles are held at the one company. Not
  // "Orbix Chairman and co-founder of the Zeta Project", where the chair is Orbix's and founders found projects too.
  { id: 'ctx-org-officer-founder-of', pattern: '(?<!\\uE001\\s{1,3})\\b(?:ceo|chair(?:man|woman|person)|president)\\s+(?:and|&)\\s+(?:co-?)?founder\\s+of\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1.5 },
  { id: 'ctx-org-head-before', pattern: `\\b${ORG_HEADS}\\s+{E}`, type: 'Organization', weight: 1.5 },
  { id: 'ctx-org-reported-by', pattern: '\\b(?:reported by|according to|told|in an interview with|a report (?:by|from))\\s+(?:the\\s+)?{E}(?!\\s*(?:said|says))', type: 'Organization', weight: 1 },
  // What only organisations have: "Omicron employees", "the Omicron organization", "Omicron's headquarters".
  { id: 'ctx-org-head-after', pattern: "{E}(?:['’]s)?\\s+(?:employees|staff|organi[sz]ation|headquarters|shareholders|subsidiar(?:y|ies)|executives|board of directors|employer)\\b", type: 'Organization', weight: 1.5 },
  // "Orbix's customers", "Orbix's CEO", "the Orbix board": what a company has (not "Orbix CEO Maria Lopez", a cue of its own).
  { id: 'ctx-org-has', pattern: "{E}['’]s\\s+(?:customers|clients|ceo|cto|cfo|coo|board|revenues?|acquisition of)\\b|\\bthe\\s+{E}\\s+board\\b(?!\\s+games?)", type: 'Organization', weight: 1.5 },
  // Acquirers are companies: "Orbix acquired Zeta", "Orbix acquires Zeta", "Zeta was acquired by Orbix".
  { id: 'ctx-org-acquirer', pattern: '{E}\\s+(?:has\\s+|have\\s+)?(?:acquired|acquires|is\\s+acquiring|bought)\\s+(?!by\\b)|\\bacquired\\s+by\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1.5 },
  // Money raised with an amount: "Orbix raised $4M", "Orbix raises US$9 million".
  { id: 'ctx-org-raised', pattern: '{E}\\s+(?:has\\s+)?(?:raised|raises|closes|closed)\\s+(?:an?\\s+)?(?:(?:US)?\\$|€|£)\\s?\\d', type: 'Organization', weight: 1 },
  // Members, sponsors and investors named as such: "Platinum members Zeta, Omicron", "investors including Orbit".
  // The vote goes to every name of the list ("investors including Orbit, Zeta and Omicron").
  { id: 'ctx-org-members', pattern: '\\b(?:members?|sponsors?|investors?|backers?|customers?|clients?|shareholders?|companies|firms|startups|businesses|organi[sz]ations)(?:,?\\s+|\\s*[—–-]\\s*)(?:(?:including|include|includes|such as|like|are|were|is)\\s+)?(?:the\\s+)?{E}', type: 'Organization', weight: 1, distributes: true },
  // "Zeta, Omicron and Orbit are founding members": a plural role said of a list is a list of bodies.
  // "investors who have backed us from the start - Zeta, Omicron and Orbit": the list after a dash or colon.
  { id: 'ctx-org-members-dash', pattern: '\\b(?:investors|backers|sponsors|members|customers|clients)\\b[^.:;!?"“”()]{0,80}?(?:\\s[-–—]|:)\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1, distributes: true },
  { id: 'ctx-org-are-members', pattern: '{E}\\s+(?:are|were)\\s+(?:(?:all|the|its|our)\\s+)?(?:[\\w-]+\\s+)?(?:members|sponsors|backers|investors)\\b', type: 'Organization', weight: 1, distributes: true },
  // "Zeta, Omicron and Orbit are joining the Foundation as Silver Members".
  { id: 'ctx-org-joins-as-member', pattern: '{E}\\s+(?:(?:are|is|have|has)\\s+)?(?:join|joins|joined|joining)\\s+(?:the\\s+)?(?:{E}\\s+|\\w+\\s+){0,3}?as\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:members?|sponsors?|partners?)\\b', type: 'Organization', weight: 1.5, distributes: true },
  // Investors: "co-led by Zeta Capital", "participation from Omicron".
  { id: 'ctx-org-investor', pattern: '\\b(?:(?:co-)?led|backed|financed|participation)\\s+(?:primarily\\s+|also\\s+)?(?:by|from)\\s+(?:the\\s+)?{E}', type: 'Organization', weight: 1, distributes: true },
  // People.
  { id: 'ctx-person-title', pattern: '\\b(?:dr|mr|mrs|ms|prof)\\.?\\s+{E}', type: 'Person', weight: 3 },
  { id: 'ctx-person-role-before', pattern: '\\b(?:co-?founder|founder|creator|ceo|cto|head|director|analyst|trader|spokesperson|editor|researcher|engineer|developer|manager|president|chairman|investor|advisor|professor|lead|member|byline:?)\\s+{E}', type: 'Person', weight: 2 },
  // Not "{E}, said Editor Maria Lopez": the role there is the speaker's; not "Zeta, and our lead investor, Orbit": a list goes on.
  { id: 'ctx-person-role-after', pattern: `{E},\\s+(?!(?:said|says|added|noted|explained|stated|told|wrote|according|and|or|which|that)\\b)(?:the\\s+|an?\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?${ROLE}\\b(?!\\s+(?:tokens?|network|chain|protocol)\\b)`, type: 'Person', weight: 2 },
  // "Maria Lopez is Head of Research at Orbit", "… is the founder and CEO of Orbit".
  // An attribution in parentheses, "Jason Quell (CTO, Zelkor)": the role and the employer say it is a person.
  { id: 'ctx-person-role-paren', pattern: `{E}\\s*\\(\\s*(?:[\\w-]+\\s+){0,2}?${ROLE}(?:\\s+(?:of|at)\\s+[^(),]{1,40})?,\\s+[^(),]{1,40}\\)`, type: 'Person', weight: 2 },
  // "Tavix Brel joins the Foundation from Omirex": people join from an employer.
  { id: 'ctx-person-joins-from', pattern: "{E}\\s+(?:joins|joined|is\\s+joining|will\\s+join)\\s+(?:(?:us|our\\s+team|(?:the\\s+)?(?:[\\w-]+|{M}))\\s+)?from\\s+(?:the\\s+)?{M}", type: 'Person', weight: 1.5 },
  { id: 'ctx-person-is-role', pattern: `{E}\\s+(?:is|was|serves as|became|has been)\\s+(?:also\\s+)?(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?${ROLE}\\b(?:\\s+and\\s+(?:[\\w-]+\\s+){0,1}?${ROLE})?\\s+(?:of|at|for|with)\\b`, type: 'Person', weight: 2 },
  // "welcome Maria Quell to our board", "… Maria Quell, Partner at Omirex, to the team": people join boards and teams by name.
  { id: 'ctx-person-welcome', pattern: '\\bwelcom(?:e|es|ed|ing)\\s+{E}(?:,[^.,]{0,80},)?\\s+to\\s+(?:our|the|its|their)\\s+(?:board|team)\\b', type: 'Person', weight: 2 },
  // "Maria Quell and Tavix Brel are joining the Orbix board": people sit on boards (companies join as members).
  { id: 'ctx-person-joins-board', pattern: '{E}\\s+(?:(?:is|are|has|have)\\s+)?(?:join|joins|joined|joining)\\s+(?:the|our|its|their)\\s+(?:{M}\\s+|[\\w-]+\\s+){0,2}?(?:board|advisory board|board of directors)\\b', type: 'Person', weight: 1.5, distributes: true },
  // "a committee of developers and researchers, including Tavix and Brel": people named as such.
  { id: 'ctx-person-plural-role', pattern: '\\b(?:developers|engineers|researchers|contributors|maintainers|tinkerers|people|individuals|founders|advisors|advisers|experts)\\b,?\\s+(?:including|includes?|such as|like)\\s+(?:[\\w-]+(?:,\\s+|\\s+and\\s+)){0,2}?{E}', type: 'Person', weight: 1, distributes: true },
  { id: 'ctx-person-said', pattern: '(?:said|says|stated|noted|added|explained|commented|remarked|observed|highlighted|emphasi[sz]ed|told|lauded)\\s+(?:[\\w-]+\\s+){0,3}?{E}(?=\\s*(?:[.,;]|$))', type: 'Person', weight: 0.5 },
  { id: 'ctx-person-pronoun', pattern: '(?<!\\b(?:of|at|for|from|with)\\s+){E}\\s+(?:said|says|stated|noted|added|explained|commented|remarked|believes|thinks)', type: 'Person', weight: 0.5 },
  // Tokens.
  // Not "the Zeta token, ZET": there Zeta owns the token the ticker names.
  { id: 'ctx-token-head', pattern: '{E}\\s+(?:(?:tokens?|coins?)\\b(?!,?\\s+{E})|(?:holders?|price|stakers?)\\b)', type: 'Token', weight: 2 },
  { id: 'ctx-token-native', pattern: 'native\\s+(?:\\w+\\s+)?(?:token|coin|currency|asset),?\\s+{E}|native\\s+{E}\\s+token', type: 'Token', weight: 3 },
  // Buying or holding an amount of it: "purchasing at least $4 in ZETQ", "sold $1 of ZETQ".
  { id: 'ctx-token-amount', pattern: '\\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|sell|sells|selling|sold|hold|holds|holding|swap|swapped|swapping|deposit|deposited|depositing|stake|staked|staking)\\s+(?:at\\s+least\\s+|up\\s+to\\s+|about\\s+|some\\s+)?[$€£]\\s?\\d[\\d.,]*\\s+(?:worth\\s+)?(?:of|in)\\s+{E}', type: 'Token', weight: 1.5 },
  { id: 'ctx-token-price', pattern: '\\$\\s?{E}|{E}\\s+(?:traded|trades|trading|rose|fell|surged|dropped|reached|climbed)\\b', type: 'Token', weight: 0.5 },
  // Places.
  // A dateline: "ZUG, Switzerland —", "BERLIN —" or "ZUG, Vaud May 3, 2021 --" at the start of a paragraph.
  { id: 'ctx-place-dateline', pattern: '^{E}(?:,\\s+(?:{E}|[\\w\\s]{2,30}?))?(?:\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)\\s+\\d{1,2},?(?:\\s+\\d{4})?)?\\s+(?:[—–]|--)', type: 'Place', weight: 3 },
  { id: 'ctx-place-based', pattern: '{E}-based(?!\\s+(?:networks?|chains?|parachains?|blockchains?|projects?|tokens?|dapps?|apps?|applications?|protocols?|smart contracts?|solutions?|platforms?|wallets?|rollups?|assets?|stablecoins?|nfts?|games?|products?|frameworks?|librar(?:y|ies)|tools?|tooling|software|services?|sites?|websites?|site generators?|ssgs?|cms|languages?|runtimes?|systems?|engines?|databases?|apis?|ui|components?|stacks?))|based in\\s+{E}|headquartered in\\s+{E}|in\\s+{E},\\s+(?:switzerland|germany|china|japan|usa|uk|france|singapore)', type: 'Place', weight: 3 }
]

/**
 * Context cues that vote only for entities no other cue (nor the knowledge
 * base) typed: what they say is a good guess but no evidence against any
 * other ("Zeta founder Maria Lopez" said ten times must not outvote the
 * knowledge base's "Zeta is a network").
 */
export const FALLBACK_CUES: string[] = ['ctx-org-founder-of-person']

/**
 * Reference phrases a relation slot may hold, with the types they can point
 * at: `the network` → a Network or Project; `he` → a Person; `its`, `their`
 * → anything but a Person. The matcher resolves them to the nearest
 * compatible antecedent.
 */
export const REFERENCE_PHRASES: Array<{ words: string[]; types: string[] }> = [
  { words: ['the network', 'the chain', 'the blockchain', 'the relay chain', 'the parachain', 'the testnet', 'the canary network', 'the platform'], types: ['Network', 'Project'] },
  { words: ['the protocol', 'the project', 'the team'], types: ['Project', 'Organization', 'Network'] },
  { words: ['the foundation', 'the company', 'the firm', 'the organization', 'the organisation', 'the council', 'the treasury', 'the exchange', 'the startup'], types: ['Organization'] },
  { words: ['the token'], types: ['Token'] },
  { words: ['the upgrade', 'the feature', 'the update', 'the release', 'the product', 'the app', 'the application', 'the wallet', 'the bridge', 'the tool'], types: ['Project'] },
  { words: ['he', 'she', 'his', 'her'], types: ['Person'] },
  { words: ['itself', 'its', 'it', 'their', 'they'], types: ['Network', 'Project', 'Organization', 'Token'] }
]
