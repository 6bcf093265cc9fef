package words

// The list of assessments kept in this browser: a consultant's clients.
var (
	PageAssessments  = Msg{ja: "診断一覧", en: "Assessments"}
	AssessmentsTitle = Msg{ja: "この端末に保存されている診断", en: "Assessments kept in this browser"}
	AssessmentsLead  = Msg{ja: "診断は会社ごと・実施日ごとに別々に保存されます。作業するものを開いてください。1年後の再診断は、前回の診断を複製して始めると、回答・メモ・対策の進み具合を引き継げます。", en: "Each company's assessment, and each year's, is kept separately. Open the one to work on. To re-assess a client a year later, duplicate last year's: its answers, notes and action tracking carry over."}
	NewAssessment    = Msg{ja: "新しい診断を始める", en: "Start a new assessment"}
	// AssessmentsCount counts the assessments kept.
	AssessmentsCount = Plural{ja: "%d 件", one: "%d assessment", other: "%d assessments"}
	OpenNow          = Msg{ja: "作業中", en: "Open now"}
	EntryStarted     = Msg{ja: "実施日", en: "Started"}
	EntryChanged     = Msg{ja: "最終更新", en: "Last changed"}
	// EntryAnswered counts the questions answered of a total.
	EntryAnswered = Plural{ja: "%d / %d 問回答", one: "%d of %d question answered", other: "%d of %d questions answered"}
	OpenEntry     = Msg{ja: "開く", en: "Open"}
	// EntryCritical counts the critical gaps, beside the score they cap.
	EntryCritical = Plural{ja: "重大な穴 %d 件", one: "%d critical gap", other: "%d critical gaps"}
	// OpenEntryFor, RenameFor, DuplicateFor and DeleteFor name the company
	// for screen readers: every row has the same buttons.
	OpenEntryFor    = Msg{ja: "%sの診断を開く", en: "Open the assessment of %s"}
	RenameEntry     = Msg{ja: "会社名を変更", en: "Rename"}
	RenameLabel     = Msg{ja: "新しい会社名", en: "New company name"}
	RenameSave      = Msg{ja: "変更を保存", en: "Save the name"}
	DuplicateEntry  = Msg{ja: "複製して再診断", en: "Duplicate to re-assess"}
	DuplicateFor    = Msg{ja: "%sの診断を複製して再診断する", en: "Duplicate to re-assess: %s"}
	DeleteEntry     = Msg{ja: "削除", en: "Delete"}
	DeleteFor       = Msg{ja: "%sの診断を削除", en: "Delete the assessment of %s"}
	DeleteAsk       = Msg{ja: "%s（%s）の診断を、回答・メモ・計画とともにこの端末から削除しますか？元に戻せません。", en: "Delete the assessment of %s (%s) with its answers, notes and plan from this browser? This cannot be undone."}
	DeleteYes       = Msg{ja: "削除する", en: "Delete it"}
	EntryUnreadable = Msg{ja: "このバージョンのHiyariでは読めない診断です（新しいバージョンや別の設問集で作られた可能性があります）。削除するまで、そのまま保管しています。", en: "This assessment cannot be read by this version of Hiyari (it may come from a newer version or another question bank). It is kept as it is until you delete it."}
	UnreadableName  = Msg{ja: "読めない診断", en: "Unreadable assessment"}
	// The outcome of an action on the list, announced.
	OpenedEntry     = Msg{ja: "%sの診断を開きました。", en: "The assessment of %s is open."}
	RenamedEntry    = Msg{ja: "会社名を「%s」に変更しました。", en: "Renamed to “%s”."}
	DuplicatedEntry = Msg{ja: "%sの診断を複製し、本日付の新しい診断として開きました。回答を見直してください。", en: "The assessment of %s was copied as a new assessment dated today, now open. Go through its answers again."}
	DeletedEntry    = Msg{ja: "%sの診断を削除しました。", en: "The assessment of %s was deleted."}
	// CurrentAssessment names the assessment open, on the start page.
	CurrentAssessment = Msg{ja: "作業中の診断：%s（%s）", en: "Open now: %s (%s)"}
	ToAssessments     = Msg{ja: "ほかの診断を開く・新しく始める", en: "Open another assessment or start a new one"}
)
