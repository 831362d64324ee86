/**
 * The published type declarations, checked as a consumer sees them: the
 * package is packed (`npm pack`, as published), unpacked into temporary
 * projects whose other dependencies link to this checkout's node_modules (no
 * network), and `tsc` compiles the checks in test/types/consumer/ plus the
 * README's and docs/formats.md's examples under `moduleResolution` NodeNext
 * (ES module and CommonJS files) and Bundler, with `skipLibCheck: false`.
 * It checks dist/: run `npm run build` after changing src/.
 */
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const consumerFiles = fileURLToPath(new URL('./consumer/', import.meta.url))
const built = existsSync(join(root, 'dist/index.d.ts'))
const tsc = join(root, 'node_modules/typescript/bin/tsc')

/** Packages a consumer has besides markgraph's dependencies: Node's types, and BullMQ for markgraph/bullmq (an optional peer). */
const CONSUMER_EXTRAS = ['@types/node', 'bullmq']

/** Free variables the documentation's examples use without declaring them. */
const EXAMPLE_GLOBALS: Record<string, string> = {
  files: 'declare const files: string[]',
  documents: 'declare const documents: Array<{ source: string; markdown: string }>',
  markdown: 'declare const markdown: string'
}

/**
 * The documentation's code blocks that import markgraph, as TypeScript
 * modules, with declarations for the free variables they assume.
 *
 * @param file Markdown file, relative to the repository.
 * @returns One module source per code block.
 */
function examples(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const blocks = [...text.matchAll(/^```(?:js|ts|javascript|typescript)\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
  return blocks
    .filter((code) => /from 'markgraph(?:\/[\w-]+)?'/.test(code))
    .map((code) => {
      const preamble = Object.entries(EXAMPLE_GLOBALS)
        .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`(?:const|let|var|import)[^\\n=]*\\b${name}\\b`).test(code))
        .map(([, declaration]) => declaration)
      if (/\breadFileSync\b/.test(code) && !/import[^\n]*\breadFileSync\b/.test(code)) preamble.push("import { readFileSync } from 'node:fs'")
      return `${preamble.join('\n')}\n${code}\nexport {}\n`
    })
}

/**
 * Run tsc on a project.
 *
 * @param project Project directory.
 * @returns Exit code and output.
 */
async function typecheck(project: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: project })
    return { code: 0, output: stdout }
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` }
  }
}

describe.skipIf(!built)(`type declarations in a consumer project${built ? '' : ' (skipped: dist/ is absent; npm run build)'}`, () => {
  let work = ''
  const projects = new Map<string, string>()

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'markgraph-types-'))
    // The package as published: what `npm pack` puts in the tarball, nothing else.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root })
    const tarball = join(work, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename)
    const unpacked = join(work, 'unpacked')
    mkdirSync(unpacked)
    await run('tar', ['-xzf', tarball, '-C', unpacked])
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const readme = examples('README.md')
    const formats = examples('docs/formats.md')
    const configs = {
      nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext', files: ['typed.ts', 'require.cts'] },
      bundler: { module: 'ESNext', moduleResolution: 'Bundler', files: ['typed.ts'] }
    }
    for (const [name, config] of Object.entries(configs)) {
      const project = join(work, name)
      const modules = join(project, 'node_modules')
      mkdirSync(join(modules, '@types'), { recursive: true })
      cpSync(join(unpacked, 'package'), join(modules, 'markgraph'), { recursive: true })
      // Only the declared dependencies are visible beside markgraph, as after `npm install`;
      // theirs resolve from this checkout (the links' real paths).
      for (const dependency of [...Object.keys(manifest.dependencies), ...CONSUMER_EXTRAS]) {
        symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency), 'dir')
      }
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }))
      const files = [...config.files]
      for (const file of config.files) cpSync(join(consumerFiles, file), join(project, file))
      ;[...readme.map((code, i) => [`readme-${i + 1}.ts`, code] as const), ...formats.map((code, i) => [`formats-${i + 1}.ts`, code] as const)].forEach(([file, code]) => {
        writeFileSync(join(project, file), code)
        files.push(file)
      })
      const compilerOptions = { module: config.module, moduleResolution: config.moduleResolution, target: 'ES2022', lib: ['ES2022'], types: ['node'], strict: true, skipLibCheck: false, noEmit: true }
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2))
      projects.set(name, project)
    }
  }, 120_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('should include the documentation examples', () => {
    expect(examples('README.md').length).toBeGreaterThanOrEqual(4)
    expect(examples('README.md').some((code) => code.includes("predicate: 'investedIn'"))).toBe(true)
  })

  it.concurrent.each(['nodenext', 'bundler'])('should compile under moduleResolution %s with skipLibCheck: false', async (name) => {
    const result = await typecheck(projects.get(name)!)
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 120_000)
})
