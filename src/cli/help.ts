/**
 * The `markgraph --help` text.
 */

/** Help text printed by `markgraph --help` (ends with a newline). */
export const HELP = `Usage: markgraph <command> [options] [input…]

Commands:
  extract <file.md>   write the graph JSON of an article (stdout, or -o FILE)
  extract -           read the article from standard input (so does a pipe
                      with no input named: cat a.md | markgraph extract)
  extract <dir|glob|files…>
                      one merged graph for many articles (cross-document
                      resolution; the graph lists its "sources", each node and
                      edge its "documents"); a quoted glob is expanded here,
                      ** included: 'news/**/*.md'
  show <input>        print a readable summary of the graph
  view <input> -o graph.html
                      write the graph as a self-contained HTML viewer
                      (the same as extract --format html)
  schema              write the JSON Schema of the graph JSON

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
      --format NAME   extract: json (default), jsonld, turtle, ntriples, graphml,
                      gexf, cypher, csv, mermaid, dot, html (a self-contained viewer);
                      csv writes two files: -o out.csv gives out.nodes.csv and
                      out.relationships.csv, -o DIR gives DIR/nodes.csv and
                      DIR/relationships.csv
      --base-iri IRI  jsonld, turtle, ntriples: base of entity and relation IRIs
                      (default: urn:markgraph:)
      --context-url URL
                      jsonld: refer to the context at URL instead of embedding it
      --rules FILE    a user schema (lexicon, entity types, predicates, rules)
                      in YAML or JSON, added to the default one
      --min-confidence N   drop relations below N (0–1)
      --max-output-ratio N|none
                      largest graph JSON per document as N times the input
                      (default: 3, never under 64 KB); none keeps every mention
      --no-kb         leave types to the text: no knowledge base of networks and tokens
      --jsonl         extract, several files: one document graph per line
  -j, --jobs N        several files: worker threads (default: one per core,
                      at most one per 2 MB of input); never changes the output
      --debug         print the stack trace of errors
  -h, --help          show this help
  -v, --version       show the version

One file or standard input gives that document's graph; a directory, a glob
or several files give one merged graph, even when one file matches.

Exit status: 0 success, 1 an input could not be read or extracted,
2 a bad command line.
`
