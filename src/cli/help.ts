/**
 * The `markgraph --help` text.
 */

/** Help text printed by `markgraph --help` (ends with a newline). */
export const HELP = `Usage: markgraph <command> [options]

Commands:
  extract <file.md>   write the graph JSON of an article (stdout, or -o FILE)
  extract <dir|glob|files…>
                      one merged graph for many articles (cross-document
                      resolution); --jsonl writes one graph per document per line
  show <file.md>      print a readable summary of the graph
  schema              write the JSON Schema of the graph JSON

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
      --format NAME   extract: json (default), jsonld, turtle, ntriples, graphml,
                      gexf, cypher, csv (-o DIR for nodes.csv/relationships.csv),
                      mermaid, dot, html (a self-contained viewer)
      --jsonl         extract, several files: one document graph per line
  -j, --jobs N        extract, several files: worker threads (default: one per core,
                      at most one per 2 MB of input)
      --min-confidence N   drop relations below N (0–1)
      --debug         print the stack trace of errors
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 success, 1 an input could not be read or extracted,
2 a bad command line.
`
