package fix

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Write writes every change, each file atomically: the new content goes
// to a temporary file in the same directory, with the original's mode,
// which then replaces the original. A file whose content is no longer
// what was scanned is not overwritten. On an error, the files already
// written stay written and the others untouched.
func (r *Result) Write() error {
	for _, c := range r.Changes {
		if err := writeFile(c); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(c Change) (err error) {
	name := filepath.FromSlash(c.Path)
	fi, err := os.Stat(name)
	if err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("write %s: not a regular file", c.Path)
	}
	disk, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if !bytes.Equal(disk, c.Before) {
		return fmt.Errorf("write %s: the file changed since it was scanned; scan again", c.Path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".preflight-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(c.After); err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if err = tmp.Chmod(fi.Mode().Perm()); err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	if err = os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", c.Path, err)
	}
	return nil
}
