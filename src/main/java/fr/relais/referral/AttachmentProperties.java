package fr.relais.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file accepted (a scanned notice of a few pages fits well below 5 MB)
 * @param maxCount how many files one referral may hold
 */
@ConfigurationProperties("relais.referral.attachments")
public record AttachmentProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("5") int maxCount) {}
