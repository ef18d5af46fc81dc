package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.process.InvalidInputException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a roster planned in a spreadsheet: UTF-8 CSV (with or without the BOM Excel writes), a
 * header 日期,岗位,人员 (or date,post,user), with an optional fourth column 班次 (shift) for the
 * shifts of an all-day reception period, one row per day, shift and post. The post is the unit's
 * code or its Chinese name, 值班律师 / lawyer, 接访县领导 / county-leader; the person is the user id;
 * the shift its name (白班, 夜班) or code, empty for a working day's duty.
 * Files in another encoding (GBK from 「CSV（逗号分隔）」) are refused as a whole: guessing the
 * encoding would save garbled names.
 */
final class RosterCsv {

  static final String NOT_UTF8 = "文件不是UTF-8编码（可能是GBK编码）。请在Excel中选择「另存为 → CSV UTF-8（逗号分隔）」后重新导入。";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Set<String> DATE_HEADERS = Set.of("日期", "date");
  private static final Set<String> POST_HEADERS = Set.of("岗位", "单位", "post");
  private static final Set<String> USER_HEADERS = Set.of("人员", "值班人员", "用户名", "user");
  private static final Set<String> SHIFT_HEADERS = Set.of("班次", "shift");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

  private RosterCsv() {}

  /** One row as read: line number, date, shift code, post code (unknown text as written), user id. */
  record Row(int line, LocalDate date, String shift, String post, String userId) {}

  /** The rows, or every problem of the file at once (400). */
  static List<Row> read(byte[] bytes, RosterPosts posts, Shifts shifts) {
    String text = decode(bytes);
    List<String[]> lines = parse(text);
    if (lines.isEmpty()) {
      throw new InvalidInputException("file", "文件为空：第一行须为表头「日期,岗位,人员」。");
    }
    String[] header = lines.get(0);
    if (header.length < 3 || !DATE_HEADERS.contains(header[0].strip())
        || !POST_HEADERS.contains(header[1].strip()) || !USER_HEADERS.contains(header[2].strip())) {
      throw new InvalidInputException("file",
          "第1行须为表头「日期,岗位,人员」，实为「" + String.join(",", header) + "」。");
    }
    boolean withShift = header.length >= 4 && SHIFT_HEADERS.contains(header[3].strip());
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      String[] cells = lines.get(i);
      if (Arrays.stream(cells).allMatch(String::isBlank)) {
        continue;
      }
      if (cells.length < 3 || cells[2].isBlank()) {
        problems.add("第" + line + "行：须有日期、岗位、人员三列。");
        continue;
      }
      LocalDate date = date(cells[0].strip());
      if (date == null) {
        problems.add("第" + line + "行：日期「" + cells[0].strip() + "」无效，格式应为2026-12-14。");
        continue;
      }
      String post = postCode(cells[1].strip(), posts);
      String shift = withShift && cells.length >= 4 ? shifts.codeOf(cells[3].strip())
          : RosterProperties.DAY_SHIFT;
      rows.add(new Row(line, date, shift, post, cells[2].strip()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("file", String.join("\n", problems));
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "文件中没有值班安排（表头之后没有数据行）。");
    }
    return rows;
  }

  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", NOT_UTF8);
    }
  }

  private static List<String[]> parse(String text) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      return it.readAll();
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException("file", "文件不是有效的CSV：" + e.getMessage());
    }
  }

  private static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The code of the post written by code or by name; unknown text stays as written. */
  private static String postCode(String text, RosterPosts posts) {
    return posts.all().stream()
        .filter(p -> p.code().equalsIgnoreCase(text) || p.name().equals(text))
        .map(Post::code).findFirst().orElse(text);
  }
}
