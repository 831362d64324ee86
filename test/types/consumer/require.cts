// The CommonJS declarations (dist/index.d.cts), as `require` resolves them.
import markgraph = require('markgraph')

/** True when A and B are the same type. */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false
/** Compiles only with `true`. */
function assertType<T extends true>(_check?: T): void {}

const kg = markgraph.extract('Zeta founder Maria Lopez spoke.')
// @ts-expect-error kg.graph is a graphology graph, not any
const notANumber: number = kg.graph
void notANumber
assertType<Equal<ReturnType<typeof kg.relations>[number]['predicate'], markgraph.DefaultPredicate>>()
// @ts-expect-error 'Persn' is not an entity type
kg.entities({ type: 'Persn' })
