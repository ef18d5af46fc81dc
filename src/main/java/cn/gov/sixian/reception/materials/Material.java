package cn.gov.sixian.reception.materials;

import java.time.Instant;

/** One material of a case; {@code content} is null when read for a list. */
record Material(
    String id,
    String caseNumber,
    String title,
    MaterialKind kind,
    String fileName,
    String contentType,
    long size,
    String sha256,
    byte[] content,
    String uploadedBy,
    Instant uploadedAt) {}
