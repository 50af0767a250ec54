declare namespace App {
  interface Locals {
    /** The page's numbered source notes, in order; set by the page before its chapter renders. */
    notes?: { source: string; section: string }[];
  }
}
