/** affiliatedWith: "The Orbit Foundation's Peter Novak", "Y, head of X", "a lead developer at X, Y". */
import type { RelationRule } from '../../schema.js'

export const AFFILIATED_RULES: RelationRule[] = [
  { id: 'affiliated-possessive-role', predicate: 'affiliatedWith', pattern: "{O}['’]s\\s+(?:[\\w-]+\\s+){0,3}?{ROLE},?\\s+{S}", subjectTypes: ['Person'], reduce: 'S', confidence: 0.85, description: "Omicron's smart contracts brain, Maria Lopez" },
  { id: 'affiliated-possessive', predicate: 'affiliatedWith', pattern: "{O}['’]s\\s+{S!}", subjectTypes: ['Person'], objectTypes: ['Organization', 'Project', 'Network'], reduce: 'S', confidence: 0.8, description: "The Orbit Foundation's Peter Novak" },
  { id: 'affiliated-role-of', predicate: 'affiliatedWith', pattern: '{S},\\s+(?:the\\s+|an?\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?{ROLE}(?:\\s+(?:of|for)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:at|with|of|for|from|in)\\s+{O}', subjectTypes: ['Person'], reduce: 'S', confidence: 0.85, description: 'Bruno Škvorc, Head of Strategy at Orbit Foundation' },
  { id: 'affiliated-role-before', predicate: 'affiliatedWith', pattern: '(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?{ROLE}\\s+(?:at|with|of|for|from)\\s+{O},\\s+{S}', subjectTypes: ['Person'], reduce: 'S', confidence: 0.85, description: 'a lead developer at Quanta Technologies, Anna Berg' },
  { id: 'affiliated-their-role', predicate: 'affiliatedWith', pattern: '{S},\\s+{O}(?:\\s+[\\w-]+){0,2}?\\s+{ROLE}\\b', subjectTypes: ['Person'], reduce: 'S', confidence: 0.7, description: 'Alex Johnson, their Lead Developer' },
  { id: 'affiliated-of', predicate: 'affiliatedWith', pattern: '{S}\\s+(?:of|from|at)\\s+{O}', subjectTypes: ['Person'], objectTypes: ['Organization', 'Project', 'Network'], reduce: 'S', confidence: 0.7, description: 'Dr. Emily Chen of the Orbit Foundation' },
  { id: 'affiliated-role-compound', predicate: 'affiliatedWith', pattern: '{O}\\s+(?:ceo|cto|coo|cfo|cmo|head|director|president|chair(?:man|woman)?|spokesperson|lead developer|researcher|engineer|developer|analyst)\\s+{S}', subjectTypes: ['Person'], reduce: 'S', confidence: 0.8, description: 'Parity CEO Anna Berg' },
  { id: 'affiliated-works', predicate: 'affiliatedWith', pattern: '{S}{APPOS}\\s+(?:who\\s+)?(?:works|worked|working)\\s+(?:at|for|with)\\s+{O}|{S}{APPOS}\\s+(?:has\\s+)?joined\\s+{O}', subjectTypes: ['Person'], confidence: 0.8, description: 'Y works at X; Y joined X' }
]
