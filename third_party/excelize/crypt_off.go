// This file is not upstream: see PATCHES.md (change 9).

package excelize

import "errors"

// errNoCrypto is what the fork says where upstream would decrypt or
// encrypt a workbook.
var errNoCrypto = errors.New("excelize (reportcheck fork): password-protected workbooks are neither read nor written")

// openEncrypted replaces the call of Decrypt when a workbook is opened.
// reportcheck refuses an OLE2 container (an encrypted .xlsx or a legacy
// .xls) before excelize sees it and never has a password to offer, so the
// decryption code (AES, SHA-1/512, HMAC, the compound-file reader) would
// only weigh on the wasm. Opening such a file fails as upstream fails on a
// wrong password: ErrWorkbookFileFormat.
func openEncrypted([]byte, *Options) ([]byte, error) { return nil, errNoCrypto }

// writeEncrypted replaces the call of Encrypt when a workbook is written
// with Options.Password: the fork refuses rather than write a file without
// the protection asked for.
func writeEncrypted([]byte, *Options) ([]byte, error) { return nil, errNoCrypto }
