package dev.factdiff.core.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an input's first bytes say it is, when it is not text: a Word document (a zip holding
 * {@code word/document.xml}), or a format factdiff refuses with a one-line error saying how to export it.
 */
enum Container {
  NONE(""),
  DOCX(""),
  ODT("an OpenDocument text (.odt)", "save it as .docx (File > Save As > Word 2007-365) or export it as HTML"),
  OTHER_ZIP("a zip archive, not a document", "give the .docx, .html, .md or .txt file itself"),
  PDF("a PDF file", "export the document it was made from as .docx or .html, or copy its text into a .txt file"),
  RTF("an RTF file", "save it as .docx or plain text"),
  OLE2("a legacy Office file (.doc)", "open it in Word or LibreOffice and save it as .docx");

  /** What is read, for every refusal. */
  static final String ACCEPTED = "factdiff reads .txt, .md, .html and .docx";

  private static final int MAX_ENTRIES_LOOKED_AT = 1_000;

  /**
   * The most a Word document may unpack to, all its parts together. A zip of 700 KiB (the input limit) can hold
   * gigabytes of repeated bytes, and POI's own guard (an entry may inflate 100-fold) still lets 70 MB of XML
   * through, which XMLBeans holds in ten times that. A long article's document.xml is a few megabytes.
   */
  static final long MAX_UNPACKED_BYTES = 32L << 20;

  private final String what;
  private final String export;

  Container(String what) {
    this(what, "");
  }

  Container(String what, String export) {
    this.what = what;
    this.export = export;
  }

  /** The one-line message for a refused format (without the input's name). */
  String refusal() {
    return what + "; " + ACCEPTED + " (" + export + ")";
  }

  static Container of(String name, byte[] bytes) {
    if (Bytes.startsWith(bytes, "%PDF-")) {
      return PDF;
    }
    if (Bytes.startsWith(bytes, "{\\rtf")) {
      return RTF;
    }
    if (Bytes.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    if (Bytes.startsWith(bytes, 'P', 'K', 3, 4)) {
      return zip(name, bytes);
    }
    return NONE;
  }

  /**
   * Looks at the entries' names, and counts what they unpack to: the document itself is POI's to read, once it
   * is known not to be a zip bomb.
   */
  private static Container zip(String name, byte[] bytes) {
    boolean odf = false;
    boolean word = false;
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      for (int i = 0; i < MAX_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
        word |= entry.getName().equals("word/document.xml");
        if (entry.getName().equals("mimetype")) {
          String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
          odf |= type.startsWith("application/vnd.oasis.opendocument");
        }
        for (int n; (n = zip.read(buffer)) > 0; ) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw new InputException(name + ": a zip archive that unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
                + " MB; no article is that long");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(name + ": a damaged zip archive (" + e.getMessage() + "); " + ACCEPTED);
    }
    if (word) {
      return DOCX;
    }
    return odf ? ODT : OTHER_ZIP;
  }
}
