package fr.relais.referral;

/** A file as a person sent it: the name their computer gave it and its bytes, nothing trusted yet. */
public record IncomingAttachment(String fileName, byte[] content) {}
