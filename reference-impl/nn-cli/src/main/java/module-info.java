/** The command line of nngrade's reference implementation: {@code train} and {@code bench}. */
module dev.nngrade.cli {
  requires dev.nngrade.nn;
  requires dev.nngrade.reports;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires com.fasterxml.jackson.databind;

  opens dev.nngrade.cli to info.picocli;
}
