package words

// The hiyari command: what each subcommand does, its flags, and what it
// says when something is wrong. Usage texts are generated from the flag
// sets, so a flag and its description cannot drift apart.
var (
	CLIUsage          = Msg{ja: "使い方", en: "Usage"}
	CLICommands       = Msg{ja: "コマンド", en: "Commands"}
	CLIOptions        = Msg{ja: "オプション", en: "Options"}
	CLIOptionsArg     = Msg{ja: "[オプション]", en: "[options]"}
	CLIDefault        = Msg{ja: "（既定値：%s）", en: "(default: %s)"}
	CLIMoreHelp       = Msg{ja: "各コマンドの詳細：hiyari COMMAND --help", en: "For one command: hiyari COMMAND --help"}
	CLIUnknown        = Msg{ja: "%q というコマンドはありません", en: "unknown command %q"}
	CLIBadFlag        = Msg{ja: "オプションが正しくありません：%v", en: "bad option: %v"}
	CLIUnexpected     = Msg{ja: "余分な引数 %q があります", en: "unexpected argument %q"}
	CLIBadLang        = Msg{ja: "--lang %q：ja か en を指定してください", en: "--lang %q: use ja or en"}
	CLIBadFormat      = Msg{ja: "--format %q：%s のどれかを指定してください", en: "--format %q: use %s"}
	CLIOneFile        = Msg{ja: "回答ファイルを1つ指定してください", en: "give one answers file"}
	CLITwoFiles       = Msg{ja: "回答ファイルを2つ（前回、今回の順に）指定してください", en: "give two answers files, the earlier first"}
	CLIWarning        = Msg{ja: "注意", en: "warning"}
	CLIBrokenBank     = Msg{ja: "組み込みの設問集が壊れています：%v", en: "the built-in bank is broken: %v"}
	CLILintOK         = Msg{ja: "%s：問題なし：設問集 %s %s、%s", en: "%s: ok: bank %s %s, %s"}
	CLIAreas          = Plural{ja: "%d 分野", one: "%d area", other: "%d areas"}
	CLIProfileQs      = Plural{ja: "会社についての質問 %d 問", one: "%d profile question", other: "%d profile questions"}
	CLIQuestions      = Plural{ja: "質問 %d 問", one: "%d question", other: "%d questions"}
	CLIWeaknesses     = Plural{ja: "弱点 %d 件", one: "%d weakness", other: "%d weaknesses"}
	CLIIncidents      = Plural{ja: "事故 %d 件", one: "%d incident", other: "%d incidents"}
	CLIActions        = Plural{ja: "対策 %d 件", one: "%d action", other: "%d actions"}
	CLICompanyTooLong = Msg{ja: "--company が %d 文字あります（%d 文字まで）", en: "--company has %d characters (at most %d)"}
	FlagPassphrase    = Msg{ja: "保護された回答ファイルを開くパスフレーズを書いたファイル `FILE`（最初の行）", en: "`FILE` whose first line is the passphrase of protected answers files"}
	CLINeedPassphrase = Msg{ja: "パスフレーズで保護されたファイルです。--passphrase-file で、パスフレーズを書いたファイルを指定してください", en: "this file is protected with a passphrase: give it with --passphrase-file"}
	CLIBadFrame       = Msg{ja: "--frame-ancestors には空白で区切ったソースの一覧を指定してください", en: "--frame-ancestors must be a space-separated list of sources"}
	CLIBadVersion     = Msg{ja: "--version %q：英数字と「.」「_」「-」だけを使ってください", en: "--version %q: use letters, digits, '.', '_' and '-' only"}
	CLIBadPrefix      = Msg{ja: "--prefix %q：/tools/hiyari のような単純なパスを指定してください", en: "--prefix %q: use a plain path such as /tools/hiyari"}
	CLINoWasm         = Msg{ja: "%v\n（先にアプリをビルドしてください：make build、または GOOS=js GOARCH=wasm go build -o %s ./cmd/web）", en: "%v\n(build the app first: make build, or GOOS=js GOARCH=wasm go build -o %s ./cmd/web)"}
	CLIBadWasm        = Msg{ja: "%s は使える WebAssembly モジュールではありません：%v\n（ビルドし直すか、もう一度コピーしてください：make build）", en: "%s is not a usable WebAssembly module: %v\n(rebuild it, or copy it again: make build)"}
	CLIBuilt          = Msg{ja: "Hiyari %s を %s に書き出しました。どの静的ウェブサーバーでも配信できます（app.wasm は application/wasm として配信してください）", en: "Hiyari %s written to %s; serve it with any static web server (app.wasm as application/wasm)"}
	CLIBrotliReady    = Msg{ja: "app.wasm を brotli で圧縮して配信できるようになりました", en: "app.wasm is now served brotli-compressed"}
	// CLIRunning is the line that announces the server. Scripts and the
	// tests read it, so it is the same in both languages.
	CLIRunning = Msg{ja: "Hiyari is running on %s", en: "Hiyari is running on %s", neutral: true}

	AboutServe    = Msg{ja: "アプリを配信します（コマンドを省略したときの動作）", en: "serve the app (what hiyari does without a command)"}
	AboutBuild    = Msg{ja: "アプリを静的なファイルとして書き出します", en: "write the app as static files for any web server"}
	AboutBank     = Msg{ja: "組み込みの設問集を表示するか、独自の設問集を検査します", en: "list the built-in bank, print it as JSON, or check a custom bank"}
	AboutAssess   = Msg{ja: "回答ファイルを診断し、結果と対策計画を出力します", en: "assess an answers file and print the result and plan"}
	AboutCompare  = Msg{ja: "同じ会社の前回と今回の回答ファイルを比べ、変化を出力します", en: "compare an earlier and a later answers file of one company"}
	AboutTemplate = Msg{ja: "すべての質問を並べた回答ファイル、または印刷用の質問票を出力します", en: "print an answers file listing every question, or a questionnaire to print"}
	AboutHelp     = Msg{ja: "すべてのコマンドとオプションを表示します", en: "list every command with its options"}

	FlagAddr             = Msg{ja: "待ち受ける `HOST：PORT`（ポート 0 で空いているポートを選びます）", en: "`HOST:PORT` to listen on (port 0 picks a free port)"}
	FlagFrame            = Msg{ja: "アプリを埋め込めるページ `SOURCES`（CSP の frame-ancestors。例：\"'self' https://intranet.example\"）", en: "`SOURCES` allowed to embed the app in a frame (CSP frame-ancestors, e.g. \"'self' https://intranet.example\")"}
	FlagWeb              = Msg{ja: "app.wasm のあるディレクトリ `DIR`（GOOS=js GOARCH=wasm go build -o web/app.wasm ./cmd/web でビルドします）", en: "`DIR` holding app.wasm (built with GOOS=js GOARCH=wasm go build -o web/app.wasm ./cmd/web)"}
	FlagPrefix           = Msg{ja: "アプリを置くパス `PATH`。例：/tools/hiyari（既定はルート）", en: "`PATH` prefix the app is hosted under, e.g. /tools/hiyari (default: the root)"}
	FlagVersion          = Msg{ja: "インストール済みのコピーに知らせるバージョン `VERSION`（既定はアプリのファイルのハッシュ。ファイルが変わったときだけ変わります）", en: "`VERSION` announced to installed copies (default: a hash of the app's files, so it changes exactly when they do)"}
	FlagOut              = Msg{ja: "サイトを書き出すディレクトリ `DIR`", en: "directory `DIR` to write the site to"}
	FlagJSON             = Msg{ja: "設問集の文書を JSON で出力します", en: "print the bank document as JSON"}
	FlagBank             = Msg{ja: "組織独自の設問集 `FILE`（hiyari.bank/v2。hiyari bank --json の出力をもとに作り、hiyari bank --lint と同じ検査に通らなければ起動・出力しません）", en: "the organisation's own question bank `FILE` (hiyari.bank/v2; start from hiyari bank --json; it must pass the checks of hiyari bank --lint, or nothing is served or written)"}
	FlagConfig           = Msg{ja: "サイトの設定 `FILE`（hiyari.config/v1：組織名、問い合わせ先、アクセント色、ロゴ）", en: "the site's configuration `FILE` (hiyari.config/v1: organisation name, contact line, accent colour, logo)"}
	CLIBadConfig         = Msg{ja: "%s：この設定は使えません。何も出力していません。\n%v", en: "%s: this configuration cannot be used; nothing was written or served.\n%v"}
	ConfigSyntax         = Msg{ja: "JSONとして読めないか、知らない項目があります：%v", en: "not readable as JSON, or a field Hiyari does not know: %v"}
	ConfigSchemaWrong    = Msg{ja: "「%s」ではなく「%s」にしてください", en: "is “%s”, not “%s”"}
	ConfigTooLong        = Msg{ja: "%d 文字あります（%d 文字まで）", en: "%d characters (at most %d)"}
	ConfigOneLine        = Msg{ja: "改行や < > は使えません", en: "must be one line without < or >"}
	ConfigBothLangs      = Msg{ja: "日本語（ja）と英語（en）の両方を書いてください", en: "give it in both Japanese (ja) and English (en)"}
	ConfigAccentForm     = Msg{ja: "「%s」は #rrggbb の形の色ではありません", en: "“%s” is not a colour of the form #rrggbb"}
	ConfigAccentContrast = Msg{ja: "%s は白との明暗比が %.1f：1 しかなく、ボタンやリンクの文字が読みにくくなります（4.5：1 以上が必要、WCAG AA）", en: "%s has a contrast of only %.1f:1 with white, so buttons and links would be hard to read (4.5:1 or more is needed, WCAG AA)"}
	ConfigLogoRead       = Msg{ja: "ロゴのファイルを読めません：%v", en: "the logo file cannot be read: %v"}
	ConfigLogoKind       = Msg{ja: "%s はPNGか、スクリプトを含まないSVGでなければなりません", en: "%s must be a PNG, or an SVG with no script in it"}
	CLIBadBank           = Msg{ja: "%s：この設問集は使えません。何も出力していません。\n%v", en: "%s: this question bank cannot be used; nothing was written or served.\n%v"}
	FlagLint             = Msg{ja: "独自の設問集 `FILE` を検査し、すべての問題を表示します", en: "check a custom bank `FILE` and list every problem"}
	FlagLangList         = Msg{ja: "一覧とメッセージの言語 `LANG`：ja または en（既定は環境の言語）", en: "language `LANG` of the listing and messages: ja or en (default: the environment's)"}
	FlagFormat           = Msg{ja: "出力形式 `FORMAT`：md、json、csv", en: "output `FORMAT`: md, json or csv"}
	FlagLangDoc          = Msg{ja: "言語 `LANG`：ja または en（既定はファイルの言語、次に環境の言語）", en: "language `LANG`: ja or en (default: the file's, then the environment's)"}
	FlagBankFile         = Msg{ja: "組み込みの設問集の代わりに独自の設問集 `FILE` を使います", en: "use a custom bank `FILE` instead of the built-in one"}
	FlagLangTmpl         = Msg{ja: "ファイルに記録する言語 `LANG`（質問票の言語）：ja または en", en: "language `LANG` recorded in the file (and of the questionnaire): ja or en"}
	FlagTmplFmt          = Msg{ja: "`FORMAT`：json（回答ファイル）または md（印刷用の質問票）", en: "`FORMAT`: json (an answers file) or md (a questionnaire to print)"}
	FlagCompany          = Msg{ja: "記録する会社名 `NAME`", en: "company `NAME` to record"}
)
