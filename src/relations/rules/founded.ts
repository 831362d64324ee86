/** foundedBy: "Omicron founder Maria Lopez", "X was founded by Y", "Y, co-founder of X", "Y, the mind behind X". */
import type { RelationRule } from '../../schema.js'
import { withTrigger } from './macros.js'

export const FOUNDED_RULES: RelationRule[] = withTrigger('found|creator|brainchild', [
  { id: 'founded-compound', predicate: 'foundedBy', pattern: "{S}(?:['’]s)?\\s+(?:co-?)?(?:founder|creator)s?,?\\s+{O}", objectTypes: ['Person'], reduce: 'O', confidence: 0.9, description: 'Omicron founder Maria Lopez; Web3\'s founder, Dr. Maria Lopez' },
  { id: 'founded-appositive-of', predicate: 'foundedBy', pattern: '{O},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:co-?)?(?:founder|creator)s?\\s+(?:and\\s+[\\w-]+\\s+)?of\\s+{S}', objectTypes: ['Person', 'Organization'], reduce: 'O', confidence: 0.9, description: 'Maria Lopez, founder of Omicron and Zeta' },
  { id: 'founded-appositive-name', predicate: 'foundedBy', pattern: '{O},\\s+{S}\\s+(?:co-?)?(?:founder|creator)s?\\b', objectTypes: ['Person'], reduce: 'O', confidence: 0.85, description: 'Maria Lopez, Omicron and Zeta founder' },
  { id: 'founded-passive', predicate: 'foundedBy', pattern: '{S}{APPOS}\\s+{AUX}(?:co-?)?founded\\s+(?:in\\s+\\d{4}\\s+)?by\\s+{O}', confidence: 0.9, description: 'X was founded by Y' },
  { id: 'founded-participle', predicate: 'foundedBy', pattern: '{S}\\s+(?:is|was|remains|has been|became)\\s+{GAP},\\s+(?:co-?)?founded\\s+by\\s+{O}', confidence: 0.75, description: "X is Omicron's testing sandbox, founded by Y" },
  { id: 'founded-fronted', predicate: 'foundedBy', pattern: '(?:^|[.;]\\s+)(?:co-?)?founded\\s+(?:in\\s+\\d{4}\\s+)?by\\s+{O},\\s+{S}', confidence: 0.85, description: 'Founded by Y, X …' },
  { id: 'founded-active', predicate: 'foundedBy', pattern: '{O}{APPOS}\\s+{HAVE}(?:co-?)?founded\\s+{S}', subjectTypes: ['Organization', 'Network', 'Project'], confidence: 0.85, description: 'Y founded X' },
  { id: 'founded-behind', predicate: 'foundedBy', trigger: 'behind', pattern: '{O},\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:genius|mind|brain|mastermind|visionary|architect|man|woman)\\s+behind\\s+{S}', objectTypes: ['Person', 'Organization'], reduce: 'O', confidence: 0.75, description: 'Maria Lopez, the genius behind Omicron and Zeta' },
  { id: 'founded-brainchild', predicate: 'foundedBy', pattern: '{S},?\\s+(?:is\\s+|was\\s+)?the\\s+brainchild\\s+of\\s+{O}', confidence: 0.85, description: 'X, the brainchild of Y and Z' },
  { id: 'founded-nominal', predicate: 'foundedBy', pattern: "{O}['’]s\\s+(?:co-?)?founding\\s+of\\s+{S}|(?:the\\s+)?founding\\s+of\\s+{S}\\s+by\\s+{O}", confidence: 0.8, description: "Y's founding of X; the founding of X by Y" },
  { id: 'founded-bare-role', predicate: 'foundedBy', pattern: '(?:^|,\\s+|\\s)(?:co-?)?founder\\s+{O}', objectTypes: ['Person'], implicitSubject: true, confidence: 0.5, description: 'founder Maria Lopez (of the article\'s main network)' }
])
