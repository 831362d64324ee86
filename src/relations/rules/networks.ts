/** testnetOf, nativeTokenOf, partOf, parachainOf: what a network is and has. */
import type { RelationRule } from '../../schema.js'
import type { EventRule } from '../compile.js'
import { alt, formsOf } from '../constructions/words.js'
import { withTrigger } from './macros.js'

// Verb forms come from the conjugator (see constructions/inflect.ts), never written out.
const ONBOARDED = alt(formsOf(['onboard', 'connect', 'add', 'launch'], ['participle']))

// The appositive, copula and possessive shapes are the testnetOf frame's (frames/testnet.ts); these are the idioms left.
export const TESTNET_RULES: RelationRule[] = withTrigger('canary|test|sandbox|playpen|playground|cousin|sister|sibling|twin|proving|staging|environment', [
  { id: 'testnet-for', predicate: 'testnetOf', pattern: '{S}{GAP}\\s+(?:as|is|was|remains|serves as|acts as|be)\\s+(?:both\\s+)?(?:the\\s+|a\\s+|an\\s+)(?:[\\w-]+\\s+){0,2}?[\"“\']?{TESTNET}[\"”\']?\\s+(?:for|of|to)\\s+(?:the\\s+)?{O}', confidence: 0.8, description: 'Zeta … establishing itself as the premier testing field for Omicron’s network' },
  { id: 'testnet-role-as', predicate: 'testnetOf', pattern: "{S}['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:reputation|role|position|status|standing)\\s+as\\s+(?:the\\s+|a\\s+|an\\s+)(?:[\\w-]+\\s+){0,2}?{TESTNET}\\s+(?:for|of|to)\\s+(?:(?:new\\s+)?[\\w-]+\\s+(?:on|in|within|across)\\s+)?(?:the\\s+)?{O}", confidence: 0.8, description: "Zeta's reputation as a reliable staging ground for new introductions on the Omicron network" },
  { id: 'testnet-fronted-for', predicate: 'testnetOf', pattern: "(?:^|[.;]\\s+)(?:as|offering|providing|being|serving as)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:{O}['’]s\\s+(?:[\\w-]+\\s+){0,2}?{TESTNET}|(?:[\\w-]+\\s+){0,2}?{TESTNET}\\s+(?:for|of)\\s+(?:the\\s+)?{O})[^.;\\uE000]{0,80}?,\\s+{S}", confidence: 0.8, description: "As Omicron's playpen for experimentation, Zeta …" },
  { id: 'testnet-known-as', predicate: 'testnetOf', pattern: "(?:known|described|dubbed|called)\\s+as\\s+{O}['’]s\\s+[\"“']?{TESTNET}[\"”']?(?:\\s+network)?,\\s+{S}", confidence: 0.8, description: 'Known as Omicron\'s "canary" network, Zeta …' }
])

/** A network's or project's own token, named before its ticker in brackets ("digital currency", "utility token"). */
const OWN_TOKEN = '(?:own\\s+)?(?:(?:native|digital|utility|governance|gas|staking|reward|platform)\\s+){0,2}(?:token|coin|currency|cryptocurrency|asset)'

// The appositive, copula and possessive shapes are the nativeTokenOf frame's (frames/native-token.ts); these
// are the idioms where the token's name sits inside the noun phrase.
export const NATIVE_TOKEN_RULES: RelationRule[] = withTrigger('native|token|coin|currenc', [
  { id: 'native-token-possessive-inner', predicate: 'nativeTokenOf', pattern: "{O}(?:['’]s)?\\s+(?:own\\s+)?native\\s+{S}\\s+(?:token|coin|currency|asset)s?", confidence: 0.9, description: "Zeta's native ZET token" },
  { id: 'native-token-owner-apposed', predicate: 'nativeTokenOf', pattern: "(?:the\\s+)?{O}\\s+(?:token|coin),\\s+{S}(?!['’]s)", subjectTypes: ['Token'], confidence: 0.75, description: 'the Zeta token, ZET' },
  { id: 'native-token-compound', predicate: 'nativeTokenOf', pattern: "{O}['’]s\\s+{S}\\s+(?:token|coin)s?\\b", subjectTypes: ['Token'], confidence: 0.8, description: "Zeta's ZET token" },
  // The ticker in brackets after the owner's token: "Zeta's digital currency (ZET)", "the Zeta utility token (ZET)".
  { id: 'native-token-bracketed', predicate: 'nativeTokenOf', pattern: `(?:{O}['’]s|(?<![\\w-])the\\s+{O})\\s+${OWN_TOKEN}\\s*\\(\\s*{S!}\\s*\\)`, subjectTypes: ['Token'], confidence: 0.8, description: "Zeta's digital currency (ZET)" }
])

/** Nouns for a network's own feature ("its governance system, OpenGov"). */
const FEATURE_NOUNS = '(?:system|technology|feature|upgrade|framework|mechanism|model|module|protocol)'

export const PART_OF_RULES: EventRule[] = [
  { id: 'part-of-appositive-body', predicate: 'partOf', pattern: "(?<!(?:by|to|from|per|via)\\s+(?:the\\s+)?){S},\\s+(?:the\\s+|its\\s+|their\\s+)?{O}(?:['’]s)?\\s+(?:[\\w/-]+\\s+){0,2}?(?:governance body|governing body|legislative body|council|treasury|committee|division|subsidiary|arm|unit|branch|foundation)\\b", reduce: 'S', confidence: 0.85, description: "Zeta Council, the network's governance body (not: \"as reported by Orbit News, the Zeta council approved\")" },
  { id: 'part-of-fronted-body', predicate: 'partOf', pattern: '{O}(?:[\'’]s)?\\s+(?:[\\w/-]+\\s+){0,3}?(?:governance body|governing body|legislative body|council|treasury|committee|division|subsidiary|arm),\\s+(?:the\\s+)?{S}', reduce: 'S', confidence: 0.85, description: 'Its 24/7 functioning legislative body, the Zeta Council' },
  { id: 'part-of-possessive-body', predicate: 'partOf', pattern: "{O}['’]s\\s+{S!}", subjectTypes: ['Organization'], strictTypes: true, confidence: 0.8, description: "Zeta's council" },
  { id: 'part-of-possessive-feature', predicate: 'partOf', pattern: `(?!it['’]s)(?:the\\s+)?{O!}['’]s\\s+(?:(?!(?:and|or|but|with|of|for)\\s)[\\w-]+\\s+){0,3}?["“‘']?(?=\\uE000){S!}(?!['’]s)["”’']?(?:\\s+${FEATURE_NOUNS})?(?![\\w-]|\\s*,?\\s+(?:and|&)\\s)`, subjectTypes: ['Project'], objectTypes: ['Network'], sureObject: true, reduce: 'S', confidence: 0.75, description: "Zeta's OpenGov; Zeta's new Agile Coretime system; Zeta's pivotal \"XCM\" technology" },
  { id: 'part-of-own-feature', predicate: 'partOf', trigger: FEATURE_NOUNS, pattern: `{O!}\\s+(?:(?:has|have|had)\\s+)?(?:[a-z]+ly\\s+)?[a-z]+(?:ed|s)\\s+its\\s+(?:(?!(?:and|or|of|for|with)\\s)[\\w-]+\\s+){0,4}?${FEATURE_NOUNS},\\s+["“‘']?(?=\\uE000){S!}`, subjectTypes: ['Project'], objectTypes: ['Network'], sureObject: true, confidence: 0.75, description: 'Zeta launched its improved on-chain governance system, OpenGov' },
  { id: 'part-of-copula', predicate: 'partOf', pattern: '{S}{APPOS}\\s+(?:is|was|are|became|remains)\\s+(?:now\\s+)?(?:a\\s+|an\\s+|the\\s+)?(?:part|component|subsidiary|division|unit|arm|member)\\s+of\\s+(?:the\\s+)?{O}', confidence: 0.8, description: 'X is part of Y' },
  { id: 'part-of-addition', predicate: 'partOf', pattern: '{S}{APPOS}\\s+(?:[\\w-]+\\s+){0,2}?(?:another\\s+|a\\s+|an\\s+|the\\s+)(?:[\\w-]+\\s+){0,2}?(?:addition|component|module|feature|subsystem)\\s+(?:to|of)\\s+(?:the\\s+)?{O}|{S}(?:\\s+(?:system|feature|module|upgrade|framework|mechanism))?,\\s+(?:another\\s+|a\\s+|an\\s+|the\\s+)(?:[\\w-]+\\s+){0,2}?(?:addition|component|module|feature|subsystem|part)\\s+(?:to|of)\\s+(?:the\\s+)?{O}', confidence: 0.7, description: 'OpenGov system, another innovative addition to the Zeta network' }
]

// The appositive, copula, possessive and onboarding shapes are the parachainOf frame's (frames/parachain.ts),
// slots and auctions are events (constructions/auctions.ts); these are the compounds and idioms left.
export const PARACHAIN_RULES: RelationRule[] = withTrigger('parachain|slot|onboard|lease', [
  { id: 'parachain-appositive-compound', predicate: 'parachainOf', pattern: '{S},\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?{O}\\s+parachain\\b{NOTCANDIDATE}', reduce: 'S', confidence: 0.8, description: 'Altair, the first Zeta parachain (not: a Zeta parachain candidate)' },
  { id: 'parachain-owner-compound', predicate: 'parachainOf', pattern: "{O}(?:['’]s)?\\s+{S}\\s+parachain\\b", confidence: 0.75, description: 'their Deneb parachain' },
  { id: 'parachain-onboarded', predicate: 'parachainOf', pattern: `{S}{APPOS}\\s+{AUX}${ONBOARDED}\\s+(?:to|onto|on)\\s+(?:the\\s+)?{O}\\s+as\\s+(?:a\\s+)?parachain|{S}{APPOS}\\s+{AUX}onboarded\\s+(?:to|onto)\\s+(?:the\\s+)?{O}`, confidence: 0.85, description: 'X was onboarded to Y as a parachain' },
  { id: 'parachain-became-compound', predicate: 'parachainOf', pattern: "{S}{APPOS}\\s+(?:became|becomes|is now|went live as)\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?{O}\\s+(?:[\\w-]+\\s+){0,2}?|{O}['’]s\\s+(?:[\\w-]+\\s+){0,3}?)parachain\\b{NOTCANDIDATE}", confidence: 0.8, description: "X became the inaugural Zeta parachain; X became Zeta's first common good parachain" }
])
