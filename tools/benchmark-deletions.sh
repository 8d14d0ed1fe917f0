# Sourced by the benchmark scripts. ext4 without a journal (as on the machines measured here) will not reuse
# an inode freed in the last 60 to 300 seconds, and searching past those makes creating files several times
# slower. A script calls deleted_now after deleting the previous run's folders and wait_for_deletions before
# its first measured build, which then starts once those deletions are five minutes old.
deleted_now() { deleted_at=$(date +%s); }
wait_for_deletions() {
  local left=$(( ${deleted_at:-0} + 300 - $(date +%s) ))
  if [ "$left" -gt 0 ]; then echo "waiting ${left} s for the previous run's deleted files to age"; sleep "$left"; fi
}
