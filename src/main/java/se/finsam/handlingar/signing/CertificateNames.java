package se.finsam.handlingar.signing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** The holder's name as a person reads it: given name and surname, else the common name. */
final class CertificateNames {

    private CertificateNames() {
    }

    static String personName(X509Certificate certificate) {
        try {
            X500Name subject = new JcaX509CertificateHolder(certificate).getSubject();
            String given = value(subject, BCStyle.GIVENNAME);
            String surname = value(subject, BCStyle.SURNAME);
            if (given != null && surname != null) {
                return given + " " + surname;
            }
            String cn = value(subject, BCStyle.CN);
            return cn != null ? cn : certificate.getSubjectX500Principal().getName();
        } catch (CertificateEncodingException e) {
            return certificate.getSubjectX500Principal().getName();
        }
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
