/* Builds the task pane: `npm run build` → dist/ (with manifest and icons); `npm run dev-server` → https://localhost:3000. */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;

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
          { from: 'manifest.xml', to: 'manifest.xml' },
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
