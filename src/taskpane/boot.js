/*
 * The pane page's first script, inlined at the top of taskpane.html. It is plain ES5 (no let/const,
 * arrows, template strings, classes…), so that it runs where the pane's bundle cannot even be parsed:
 * Office that shows add-ins in Internet Explorer (Trident) or the old Edge (EdgeHTML). It says, in both
 * languages, what went wrong and what to use instead, when
 * - the host's browser is Trident or EdgeHTML (volume-licensed Office 2016/2019): at once;
 * - office.js did not load (Microsoft's CDN unreachable, e.g. an isolated intranet): on page load;
 * - the host lacks what the pane needs (not Excel, or no ExcelApi 1.7): told by the bundle;
 * - the bundle failed to start (a script error before it said it started, or no start in time).
 * The bundle calls window.targetReportBoot.started() once the pane is up, and .fail(reason) for a host
 * it cannot run on. Everything here is text and inline styles: nothing else to load.
 */
(function () {
  var START_TIMEOUT_MS = 30000;
  var started = false;
  var shown = false;
  var ALTERNATIVES = {
    zh:
      '可以改用：离线页面 target-report.html（用任意新版浏览器打开，直接读取 .xlsx 文件，无需联网），' +
      '或命令行程序 target-report（例如 npx target-report report 指标表.xlsx）。',
    en:
      'Instead, use the offline page target-report.html (open it in any current browser; it reads the .xlsx ' +
      'files and needs no network), or the target-report command-line program ' +
      '(e.g. npx target-report report indicators.xlsx).',
  };
  var MESSAGES = {
    'office-js': {
      zh: [
        '无法加载 Office 脚本库',
        '任务窗格需要从 Microsoft 的网站（appsforoffice.microsoft.com）加载 office.js，但没有加载成功。' +
          '这通常是网络不通，或被防火墙、代理拦截造成的，而不是 Excel 版本的问题。请检查网络后关闭并重新打开任务窗格。',
      ],
      en: [
        'Office’s script library could not be loaded',
        'The task pane loads office.js from Microsoft (appsforoffice.microsoft.com), and it did not arrive. ' +
          'This is usually the network, a firewall or a proxy, not the Excel version. Check the connection, ' +
          'then close and reopen the task pane.',
      ],
    },
    browser: {
      zh: [
        '此 Office 无法显示本任务窗格',
        '这个版本的 Office 用 Internet Explorer 或旧版 Edge 显示加载项（例如批量许可版 Office 2016、2019），' +
          '无法运行本任务窗格。Microsoft 365、Office 2021 或 2024、网页版 Excel 和 Mac 版 Excel 可以运行。',
      ],
      en: [
        'This Office cannot show the task pane',
        'This version of Office shows add-ins in Internet Explorer or the old Edge (for example volume-licensed ' +
          'Office 2016 or 2019), which cannot run this pane. Microsoft 365, Office 2021 or 2024, Excel on the ' +
          'web and Excel for Mac can.',
      ],
    },
    requirement: {
      zh: [
        '此 Excel 不支持本加载项',
        '本加载项需要 Excel 的 ExcelApi 1.7 或更高版本：Microsoft 365、Excel 2021 或 2024、网页版 Excel、' +
          'Mac 版 Excel。批量许可版 Excel 2016 只支持 ExcelApi 1.1，无法运行。',
      ],
      en: [
        'This Excel cannot run the add-in',
        'The add-in needs ExcelApi 1.7 or later: Microsoft 365, Excel 2021 or 2024, Excel on the web, Excel ' +
          'for Mac. Volume-licensed Excel 2016 has ExcelApi 1.1 only.',
      ],
    },
    start: {
      zh: [
        '任务窗格未能启动',
        '加载项的程序没有正常启动。请关闭并重新打开任务窗格；如仍不行，请把此页面的截图发给技术支持。',
      ],
      en: [
        'The task pane did not start',
        'The add-in’s program did not start. Close and reopen the task pane; if that does not help, send a ' +
          'screenshot of this page to your support contact.',
      ],
    },
  };

  function prefersChinese() {
    var lang = '';
    try {
      lang = (navigator.language || navigator.userLanguage || '') + '';
      // ES5 has no catch without a binding.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      lang = '';
    }
    return lang.toLowerCase().indexOf('zh') === 0;
  }

  function block(lang, text, first) {
    var section = document.createElement('section');
    section.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en-US');
    section.style.marginTop = first ? '0' : '16px';
    var title = document.createElement('h1');
    title.style.fontSize = '16px';
    title.style.margin = '0 0 8px 0';
    title.appendChild(document.createTextNode(text[0]));
    section.appendChild(title);
    var paragraphs = [text[1], ALTERNATIVES[lang]];
    for (var i = 0; i < paragraphs.length; i++) {
      var p = document.createElement('p');
      p.style.margin = '0 0 8px 0';
      p.appendChild(document.createTextNode(paragraphs[i]));
      section.appendChild(p);
    }
    return section;
  }

  function render(reason) {
    var message = MESSAGES[reason] || MESSAGES.start;
    var box = document.getElementById('boot-message');
    if (!box) {
      box = document.createElement('div');
      box.id = 'boot-message';
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.setAttribute('role', 'alert');
    box.setAttribute('data-reason', reason);
    box.style.padding = '12px';
    box.style.lineHeight = '1.5';
    box.style.fontSize = '14px';
    box.style.color = '#242424';
    box.style.background = '#ffffff';
    while (box.firstChild) box.removeChild(box.firstChild);
    var order = prefersChinese() ? ['zh', 'en'] : ['en', 'zh'];
    for (var i = 0; i < order.length; i++) box.appendChild(block(order[i], message[order[i]], i === 0));
    var container = document.getElementById('container');
    if (container) container.style.display = 'none';
  }

  function show(reason) {
    if (shown) return;
    shown = true;
    if (document.body) render(reason);
    else
      onReady(function () {
        render(reason);
      });
  }

  function onReady(fn) {
    if (document.readyState === 'complete' || document.readyState === 'interactive') fn();
    else if (document.addEventListener) document.addEventListener('DOMContentLoaded', fn, false);
    else window.attachEvent('onload', fn);
  }

  function onLoad(fn) {
    if (document.readyState === 'complete') fn();
    else if (window.addEventListener) window.addEventListener('load', fn, false);
    else window.attachEvent('onload', fn);
  }

  var ua = navigator.userAgent || '';
  var oldBrowser = /Trident\/|MSIE |Edge\/\d/.test(ua);

  window.targetReportBoot = {
    started: function () {
      started = true;
    },
    fail: function (reason) {
      show(MESSAGES[reason] ? reason : 'start');
    },
  };

  if (oldBrowser) {
    show('browser');
    return;
  }
  window.onerror = function () {
    if (!started) show('start');
    return false;
  };
  onLoad(function () {
    if (typeof window.Office === 'undefined') {
      show('office-js');
      return;
    }
    setTimeout(function () {
      if (!started) show('start');
    }, START_TIMEOUT_MS);
  });
})();
