package fr.relais.referral;

/** An attachment's bytes, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
