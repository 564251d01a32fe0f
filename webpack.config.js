/*
 * Builds the task pane: `npm run build` → dist/ (pane, help page, manifest and icons);
 * `npm run dev-server` → https://localhost:3000.
 *
 * Where it will be hosted: `ADDIN_URL=https://intranet.example/target-report npm run build` (or
 * `--env addinUrl=…`) writes a dist/manifest.xml whose every URL points there (see docs/DEPLOY.md).
 * Without it the build is a local/dev build: the manifest points at https://localhost:3000, it says so
 * in a comment at its top, and the build prints so.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
/** The address the source manifest.xml uses (the dev server). */
const DEV_URL = 'https://localhost:3000';
/** The page's first script (plain ES5), inlined at the top of taskpane.html. */
const BOOT_SCRIPT = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'boot.js'), 'utf8');

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
    ],
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
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
