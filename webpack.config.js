/*
 * Builds the task pane: `npm run build` → dist/ (pane, help page, manifest and icons), and the offline
 * page dist/target-report.html (one file: its script, its styles and its Web Worker inline);
 * `npm run dev-server` → https://localhost:3000.
 *
 * Where it will be hosted: `ADDIN_URL=https://intranet.example/target-report npm run build` (or
 * `--env addinUrl=…`) writes a dist/manifest.xml whose every URL points there (see docs/DEPLOY.md).
 * Without it the build is a local/dev build: the manifest points at https://localhost:3000, it says so
 * in a comment at its top, and the build prints so.
 */
const fs = require('fs');
const zlib = require('zlib');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
/** The address the source manifest.xml uses (the dev server). */
const DEV_URL = 'https://localhost:3000';
/** The page's first script (plain ES5), inlined at the top of taskpane.html. */
const BOOT_SCRIPT = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'boot.js'), 'utf8');

/** The offline page's two entries: the page and its Web Worker, both inlined into one HTML file. */
const PAGE_ENTRY = 'page';
const PAGE_WORKER_ENTRY = 'page-worker';
const PAGE_FILE = 'target-report.html';
const isPageChunk = (name) => name === PAGE_ENTRY || name === PAGE_WORKER_ENTRY;

/**
 * Script text safe inside <script>…</script>: the HTML parser would end the element at "</script" and
 * change state at "<!--"; inside a JavaScript string or pattern "<\/" and "<\!" mean the same.
 */
function inlineScript(js) {
  return js
    .replace(/\n\/\/# sourceMappingURL=.*$/, '')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

/**
 * Writes dist/target-report.html from src/page/page.html: the worker's source in a non-running script
 * element the page starts it from (through a Blob URL: a page opened from disk may not load a worker
 * file), then the page's script, each inline; the separate files are dropped. Logs the file's size.
 */
class InlinePagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlinePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const take = (entry) => {
            const files = [...compilation.entrypoints.get(entry).getFiles()].filter((f) => f.endsWith('.js'));
            const js = files.map((f) => compilation.getAsset(f).source.source().toString()).join('\n');
            for (const f of files) {
              compilation.deleteAsset(f);
              if (compilation.getAsset(`${f}.map`)) compilation.deleteAsset(`${f}.map`);
            }
            return inlineScript(js);
          };
          const template = fs.readFileSync(path.join(ROOT, 'src', 'page', 'page.html'), 'utf8');
          const worker = `<script type="text/plain" id="target-report-worker">${take(PAGE_WORKER_ENTRY)}</script>`;
          const page = `<script>${take(PAGE_ENTRY)}</script>`;
          const html = template.replace('<!--WORKER-->', () => worker).replace('<!--PAGE-->', () => page);
          compilation.emitAsset(PAGE_FILE, new sources.RawSource(html));
          const raw = Buffer.byteLength(html);
          const gzipped = zlib.gzipSync(html).length;
          const kb = (n) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
          process.stderr.write(`\n${PAGE_FILE}: ${kb(raw)} (${kb(gzipped)} gzipped)\n`);
        },
      );
    });
  }
}

const LOCAL_BUILD_NOTE =
  'Local/dev build: this manifest points at https://localhost:3000 (the dev server). For an office, build with ' +
  'ADDIN_URL=https://your-server/path npm run build and host dist/ there (docs/DEPLOY.md).';

/**
 * The production address from ADDIN_URL (or --env addinUrl=…): an https:// URL without query or
 * fragment, returned without a trailing slash; null when none is given. A bad address stops the build.
 */
function addinUrl(env = {}) {
  const raw = (process.env.ADDIN_URL || env.addinUrl || '').trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not an address: ${raw}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): ${raw}`);
  }
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or a fragment: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

/** manifest.xml for an address: every dev URL replaced (the AppDomain by the origin); or the dev note. */
function manifestFor(xml, url) {
  if (!url) return xml.replace('<OfficeApp', `<!-- ${LOCAL_BUILD_NOTE} -->\n<OfficeApp`);
  const origin = new URL(url).origin;
  return xml
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(url);
}

/**
 * HTTPS for the dev server, first found wins:
 * 1. .certs/localhost.crt + .certs/localhost.key (make them with scripts/make-dev-cert.sh on Linux),
 * 2. the certificates of `npx office-addin-dev-certs install` (~/.office-addin-dev-certs),
 * 3. a self-signed certificate webpack-dev-server makes itself (the browser must be told to trust it).
 */
function httpsOptions() {
  const pairs = [
    [path.join(ROOT, '.certs', 'localhost.crt'), path.join(ROOT, '.certs', 'localhost.key'), null],
    [
      path.join(os.homedir(), '.office-addin-dev-certs', 'localhost.crt'),
      path.join(os.homedir(), '.office-addin-dev-certs', 'localhost.key'),
      path.join(os.homedir(), '.office-addin-dev-certs', 'ca.crt'),
    ],
  ];
  for (const [cert, key, ca] of pairs) {
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
      if (ca && fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
      return options;
    }
  }
  return undefined;
}

/**
 * @param {Record<string, unknown>} env webpack --env values; `outputPath` overrides dist/.
 * @param {{ mode?: 'production' | 'development' }} argv
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const outputPath = typeof env.outputPath === 'string' ? env.outputPath : path.join(ROOT, 'dist');
  const url = addinUrl(env);
  if (!dev && !url) process.stderr.write(`\n${LOCAL_BUILD_NOTE}\n\n`);
  if (url) process.stderr.write(`\nProduction build: dist/manifest.xml points at ${url}\n\n`);
  return {
    mode,
    context: ROOT,
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      ...(dev ? {} : { [PAGE_ENTRY]: './src/page/index.tsx', [PAGE_WORKER_ENTRY]: './src/page/worker.ts' }),
    },
    output: {
      path: outputPath,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
    },
    module: {
      rules: [
        // The engine is pure (no module does anything when imported): what the pane's first script
        // imports from its index takes only those modules, and the rest loads with ./src/taskpane/work.ts.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'es2020', noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs: true,
        bootScript: BOOT_SCRIPT,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: [],
        officeJs: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString('utf8'), url),
          },
        ],
      }),
      ...(dev ? [] : [new InlinePagePlugin()]),
    ],
    optimization: {
      // The offline page's chunks stay whole: each is inlined into target-report.html.
      splitChunks: { chunks: (chunk) => !isPageChunk(chunk.name) },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
      // The offline page is one file by design; its size is logged by the build.
      assetFilter: (file) => !file.endsWith('.map') && file !== PAGE_FILE,
    },
    devServer: {
      port: 3000,
      host: 'localhost',
      server: { type: 'https', options: httpsOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.join(ROOT, 'assets'), publicPath: '/assets' },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.addinUrl = addinUrl;
module.exports.manifestFor = manifestFor;
module.exports.LOCAL_BUILD_NOTE = LOCAL_BUILD_NOTE;
