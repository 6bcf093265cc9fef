package words

// The list of assessments kept in this browser: a consultant's clients.
var (
	PageAssessments  = msg("診断一覧", "Assessments")
	AssessmentsTitle = msg("この端末に保存されている診断", "Assessments kept in this browser")
	AssessmentsLead  = msg("診断は会社ごと・実施日ごとに別々に保存されます。作業するものを開いてください。1年後の再診断は、前回の診断を複製して始めると、回答・メモ・対策の進み具合を引き継げます。",
		"Each company's assessment, and each year's, is kept separately. Open the one to work on. To re-assess a client a year later, duplicate last year's: its answers, notes and action tracking carry over.")
	NewAssessment = msg("新しい診断を始める", "Start a new assessment")
	// AssessmentsCount counts the assessments kept.
	AssessmentsCount = plural("%d 件", "%d assessment", "%d assessments")
	OpenNow          = msg("作業中", "Open now")
	EntryStarted     = msg("実施日", "Started")
	EntryChanged     = msg("最終更新", "Last changed")
	// EntryAnswered counts the questions answered of a total.
	EntryAnswered = plural("%d / %d 問回答", "%d of %d question answered", "%d of %d questions answered")
	OpenEntry     = msg("開く", "Open")
	// EntryCritical counts the critical gaps, beside the score they cap.
	EntryCritical = plural("重大な穴 %d 件", "%d critical gap", "%d critical gaps")
	// OpenEntryFor, RenameFor, DuplicateFor and DeleteFor name the company
	// for screen readers: every row has the same buttons.
	OpenEntryFor   = msg("%sの診断を開く", "Open the assessment of %s")
	RenameEntry    = msg("会社名を変更", "Rename")
	RenameLabel    = msg("新しい会社名", "New company name")
	RenameSave     = msg("変更を保存", "Save the name")
	DuplicateEntry = msg("複製して再診断", "Duplicate to re-assess")
	DuplicateFor   = msg("%sの診断を複製して再診断する", "Duplicate to re-assess: %s")
	DeleteEntry    = msg("削除", "Delete")
	DeleteFor      = msg("%sの診断を削除", "Delete the assessment of %s")
	DeleteAsk      = msg("%s（%s）の診断を、回答・メモ・計画とともにこの端末から削除しますか？元に戻せません。",
		"Delete the assessment of %s (%s) with its answers, notes and plan from this browser? This cannot be undone.")
	DeleteYes       = msg("削除する", "Delete it")
	EntryUnreadable = msg("このバージョンのHiyariでは読めない診断です（新しいバージョンや別の設問集で作られた可能性があります）。削除するまで、そのまま保管しています。",
		"This assessment cannot be read by this version of Hiyari (it may come from a newer version or another question bank). It is kept as it is until you delete it.")
	UnreadableName = msg("読めない診断", "Unreadable assessment")
	// The outcome of an action on the list, announced.
	OpenedEntry     = msg("%sの診断を開きました。", "The assessment of %s is open.")
	RenamedEntry    = msg("会社名を「%s」に変更しました。", "Renamed to “%s”.")
	DuplicatedEntry = msg("%sの診断を複製し、本日付の新しい診断として開きました。回答を見直してください。",
		"The assessment of %s was copied as a new assessment dated today, now open. Go through its answers again.")
	DeletedEntry = msg("%sの診断を削除しました。", "The assessment of %s was deleted.")
	// CurrentAssessment names the assessment open, on the start page.
	CurrentAssessment = msg("作業中の診断：%s（%s）", "Open now: %s (%s)")
	ToAssessments     = msg("ほかの診断を開く・新しく始める", "Open another assessment or start a new one")
)
