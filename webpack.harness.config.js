/*
 * Test-only build: the production pane (webpack.config.js, unchanged) plus a harness page that stands in
 * for Excel. harness.html is the production taskpane.html with Microsoft's office.js replaced by
 * harness/harness.js, which defines window.Office and window.Excel (backed by the Excel test double)
 * before the production bundle starts. Used by tests/browser/pane.browser.test.ts; by hand:
 *   npx webpack -c webpack.harness.config.js --env outputPath=/tmp/pane && (serve /tmp/pane, open harness.html)
 */
const fs = require('fs');
const path = require('path');
const productionConfig = require('./webpack.config.js');

const OFFICE_JS =
  /<script[^>]*src=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]*["']?[^>]*><\/script>/;

class WriteHarnessPage {
  constructor(outputPath) {
    this.outputPath = outputPath;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('WriteHarnessPage', () => {
      const html = fs.readFileSync(path.join(this.outputPath, 'taskpane.html'), 'utf8');
      if (!OFFICE_JS.test(html)) throw new Error('taskpane.html does not load office.js from the CDN');
      const harness = html.replace(OFFICE_JS, '<script src="harness/harness.js"></script>');
      fs.writeFileSync(path.join(this.outputPath, 'harness.html'), harness);
    });
  }
}

module.exports = (env = {}) => {
  const outputPath =
    typeof env.outputPath === 'string' ? env.outputPath : path.join(__dirname, 'build', 'harness');
  const pane = {
    ...productionConfig({ outputPath }, { mode: 'production' }),
    name: 'taskpane',
    devServer: undefined,
  };
  const harness = {
    name: 'harness',
    dependencies: ['taskpane'],
    mode: 'production',
    context: __dirname,
    devtool: false,
    entry: { harness: './tests/browser/harness/harness.ts' },
    output: { path: path.join(outputPath, 'harness'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: pane.module,
    plugins: [new WriteHarnessPage(outputPath)],
    performance: { hints: false },
  };
  return [pane, harness];
};
