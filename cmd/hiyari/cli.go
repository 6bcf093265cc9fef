package main

func (m *Main) bank(args []string) int     { return exitFailure }
func (m *Main) assess(args []string) int   { return exitFailure }
func (m *Main) template(args []string) int { return exitFailure }
