package ma.tiwizi.platform.sms;

import java.util.List;

/** Where SMS leave Tiwizi: an SMPP gateway, or the log when none is configured. */
interface SmsGateway {

    /** Sends every part and returns the gateway's id of each; throws when the gateway refused or is unreachable. */
    List<String> send(String phone, SmsText text) throws Exception;
}
